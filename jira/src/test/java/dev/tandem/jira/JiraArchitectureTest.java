package dev.tandem.jira;

import dev.tandem.architecture.ModuleArchitectureTest;

/**
 * This module's boundaries, by the rules every module shares: in particular the Jira
 * client uses no other Tandem module (it is a port the connector and kb-indexer call).
 */
class JiraArchitectureTest extends ModuleArchitectureTest {

	JiraArchitectureTest() {
		super("jira");
	}

}
