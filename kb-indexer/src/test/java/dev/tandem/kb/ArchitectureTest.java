package dev.tandem.kb;

import dev.tandem.architecture.ModuleArchitectureTest;

/** This module's boundaries, by the rules every module shares. */
class ArchitectureTest extends ModuleArchitectureTest {

	ArchitectureTest() {
		super("kb");
	}

}
