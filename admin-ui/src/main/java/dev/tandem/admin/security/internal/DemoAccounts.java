package dev.tandem.admin.security.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;

import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.UiSecurityProperties;

/**
 * The {@code demo} profile's accounts admin / km / manager, with passwords generated at
 * start-up and printed once. Nothing is stored: the passwords change with every start.
 */
final class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	// No 0/O, 1/l/I: the passwords are read off a console and typed.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int PASSWORD_LENGTH = 16;

	private DemoAccounts() {
	}

	/**
	 * Demo accounts for the usernames admin, km and manager that are not configured
	 * already (a configured account wins), and logs their passwords once.
	 */
	static List<UiSecurityProperties.User> generate(Set<String> configuredUsernames, PasswordEncoder encoder,
			SecureRandom random) {
		record Demo(String username, String displayName, Role role) {
		}
		List<Demo> demos = List.of(new Demo("admin", "Demo Admin", Role.ADMIN),
				new Demo("km", "Demo Knowledge Manager", Role.KNOWLEDGE_MANAGER),
				new Demo("manager", "Demo Manager", Role.MANAGER));
		List<UiSecurityProperties.User> users = new ArrayList<>();
		StringBuilder banner = new StringBuilder();
		banner.append("\n\n================================================================\n")
			.append("  Tandem demo accounts (profile 'demo'; new passwords each start)\n")
			.append("----------------------------------------------------------------\n");
		for (Demo demo : demos) {
			if (configuredUsernames.contains(demo.username())) {
				banner
					.append(String.format("  %-9s configured in tandem.ui.users: no demo account%n", demo.username()));
				continue;
			}
			String password = password(random);
			users.add(new UiSecurityProperties.User(demo.username(), encoder.encode(password), Set.of(demo.role()),
					demo.displayName(), null));
			banner.append(String.format("  %-9s password: %s   role: %s%n", demo.username(), password, demo.role()));
		}
		banner.append("================================================================\n");
		log.warn(banner.toString());
		return users;
	}

	private static String password(SecureRandom random) {
		StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
		for (int i = 0; i < PASSWORD_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
