package dev.tandem.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.admin.security.Role;

/**
 * The intended access matrix, written down independently of the annotations so that tests
 * catch an accidental change of a view's {@code @RolesAllowed}. Keep it in step with
 * docs/admin-ui.md.
 */
public final class AccessRules {

	/** Every page of the main navigation, in menu order. */
	public static final List<String> ROUTES = List.of("dashboards", "knowledge-base", "review-queue", "knowledge-gaps",
			"try-it", "alerts", "policy", "routing", "audit-log");

	private static final Map<Role, Set<String>> ALLOWED = Map.of(Role.ADMIN, Set.copyOf(ROUTES), Role.KNOWLEDGE_MANAGER,
			Set.of("dashboards", "knowledge-base", "review-queue", "knowledge-gaps", "try-it"), Role.MANAGER,
			Set.of("dashboards", "knowledge-gaps", "try-it", "alerts", "policy", "routing", "audit-log"));

	private AccessRules() {
	}

	/** The routes a role opens, in menu order. */
	public static List<String> allowed(Role role) {
		return ROUTES.stream().filter(ALLOWED.get(role)::contains).toList();
	}

	/** The routes a role must not open, in menu order. */
	public static List<String> forbidden(Role role) {
		return ROUTES.stream().filter(route -> !ALLOWED.get(role).contains(route)).toList();
	}

}
