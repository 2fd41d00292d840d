package dev.tandem.kb.ingest.internal;

import java.io.Console;

/**
 * Whether output goes to an interactive terminal, where a progress bar redrawn with
 * {@code \r} makes sense.
 */
public final class Terminal {

	private Terminal() {
	}

	public static boolean isInteractive() {
		if ("dumb".equals(System.getenv("TERM")) || System.getenv("CI") != null) {
			return false;
		}
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+ returns a console also when redirected; isTerminal() tells the
			// truth there.
			return (boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (NoSuchMethodException ex) {
			return true;
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

}
