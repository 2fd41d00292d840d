package dev.tandem.admin.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar admin-ui.jar --tandem.hash-password[=PASSWORD]}: prints the bcrypt
 * hash to put into {@code tandem.ui.users[].password-hash}, and exits without starting
 * the application. Without a value the password is read from the console (not echoed) or
 * from standard input, so it stays out of the shell history.
 */
public final class PasswordHashCommand {

	static final String OPTION = "--tandem.hash-password";

	private PasswordHashCommand() {
	}

	/**
	 * Whether the arguments ask for a password hash instead of starting the application.
	 */
	public static boolean isRequested(String[] args) {
		return option(args).isPresent();
	}

	/**
	 * Prints the hash for the password given in the arguments or typed in.
	 * @return the process exit status: 0, or 2 when no password was given
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		String password = option(args).filter(value -> !value.isEmpty())
			.or(PasswordHashCommand::readPassword)
			.orElse("");
		if (password.isEmpty()) {
			err.println("No password given: use " + OPTION + "=PASSWORD, or type it when asked.");
			return 2;
		}
		out.println(hash(password));
		return 0;
	}

	static String hash(String password) {
		return new BCryptPasswordEncoder().encode(password);
	}

	private static Optional<String> option(String[] args) {
		return Arrays.stream(args)
			.filter(arg -> arg.equals(OPTION) || arg.startsWith(OPTION + "="))
			.findFirst()
			.map(arg -> arg.equals(OPTION) ? "" : arg.substring(OPTION.length() + 1));
	}

	private static Optional<String> readPassword() {
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("Password to hash: ");
			return Optional.ofNullable(typed).map(String::new);
		}
		try {
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			return Optional.ofNullable(in.readLine());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
