package dev.tandem.admin.security;

/**
 * What a user may do in the admin UI. Views and service methods name the roles they allow
 * with {@code @RolesAllowed({Role.Name.ADMIN, ...})}; Spring Security sees them as
 * authorities {@code ROLE_<name>}.
 * <ul>
 * <li>{@link #ADMIN}: everything, including users and system settings.</li>
 * <li>{@link #KNOWLEDGE_MANAGER}: the knowledge base, its review queue and gaps, trying
 * answers.</li>
 * <li>{@link #MANAGER}: service-desk results: dashboards, alerts, policy and routing,
 * audit log.</li>
 * </ul>
 */
public enum Role {

	ADMIN, KNOWLEDGE_MANAGER, MANAGER;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Role names as compile-time constants, for annotations. */
	public static final class Name {

		public static final String ADMIN = "ADMIN";

		public static final String KNOWLEDGE_MANAGER = "KNOWLEDGE_MANAGER";

		public static final String MANAGER = "MANAGER";

		private Name() {
		}

	}

}
