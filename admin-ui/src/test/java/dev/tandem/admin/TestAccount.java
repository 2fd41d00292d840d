package dev.tandem.admin;

import java.util.Set;

import dev.tandem.admin.security.Role;

/**
 * The accounts of the {@code test} profile ({@code application-test.yml}), with their
 * passwords.
 */
public enum TestAccount {

	ADMIN("admin", "admin-pass-1", "Ada Admin", Role.ADMIN),

	KNOWLEDGE_MANAGER("km", "km-pass-1", "Kim Knowledge", Role.KNOWLEDGE_MANAGER),

	MANAGER("manager", "manager-pass-1", "Max Manager", Role.MANAGER),

	/** A knowledge manager whose account is configured for Simplified Chinese. */
	CHINESE_KNOWLEDGE_MANAGER("chen", "chen-pass-1", "陈静", Role.KNOWLEDGE_MANAGER);

	private final String username;

	private final String password;

	private final String displayName;

	private final Role role;

	TestAccount(String username, String password, String displayName, Role role) {
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.role = role;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return Set.of(role);
	}

}
