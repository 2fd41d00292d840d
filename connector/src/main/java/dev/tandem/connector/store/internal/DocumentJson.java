package dev.tandem.connector.store.internal;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Records to and from the maps the Elasticsearch client sends. Jackson 2 on purpose: it
 * is what the 8.19 client uses, and it stays inside the stores. Instants are written as
 * ISO-8601 strings so Elasticsearch's {@code date} fields read them exactly.
 */
public final class DocumentJson {

	private static final ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
		.registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
		.setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
		// only record components: helpers such as isPending() are not data
		.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private DocumentJson() {
	}

	public static Map<String, Object> toMap(Object document) {
		return mapper.convertValue(document, MAP);
	}

	/** The document as JSON, as {@link #toMap} would be written. */
	public static byte[] toBytes(Object document) {
		try {
			return mapper.writeValueAsBytes(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot write " + document.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	public static <T> T fromMap(Map<?, ?> source, Class<T> type) {
		return mapper.convertValue(source, type);
	}

}
