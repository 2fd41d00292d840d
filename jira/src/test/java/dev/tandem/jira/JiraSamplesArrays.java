package dev.tandem.jira;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON arrays of samples (answers that are bare arrays, like the assignable-user search).
 */
final class JiraSamplesArrays {

	private JiraSamplesArrays() {
	}

	static ArrayNode of(ObjectNode... elements) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		for (ObjectNode element : elements) {
			array.add(element);
		}
		return array;
	}

}
