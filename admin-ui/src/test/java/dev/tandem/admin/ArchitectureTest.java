package dev.tandem.admin;

import dev.tandem.architecture.ModuleArchitectureTest;

/** This module's boundaries, by the rules every module shares. */
class ArchitectureTest extends ModuleArchitectureTest {

	ArchitectureTest() {
		super("admin");
	}

}
