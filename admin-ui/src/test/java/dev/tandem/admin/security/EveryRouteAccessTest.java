package dev.tandem.admin.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.AccessRules;
import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.layout.NotFoundView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Vaadin route, as Vaadin's route registry knows them (so pages added later are
 * covered without touching this test), opened by every role and by an anonymous visitor.
 * Who may open a route comes from the written-down table ({@link AccessRules} and
 * {@link #KNOWN}) where the route is known, and from its security annotation otherwise; a
 * route without one fails.
 */
class EveryRouteAccessTest extends BrowserlessUiTest {

	/** Who visits: an anonymous visitor or a user with exactly one role. */
	enum Visitor {

		ANONYMOUS(Optional.empty()), ADMIN(Optional.of(Role.ADMIN)),
		KNOWLEDGE_MANAGER(Optional.of(Role.KNOWLEDGE_MANAGER)), MANAGER(Optional.of(Role.MANAGER));

		final Optional<Role> role;

		Visitor(Optional<Role> role) {
			this.role = role;
		}

		static Set<Visitor> signedIn() {
			return EnumSet.of(ADMIN, KNOWLEDGE_MANAGER, MANAGER);
		}

		static Set<Visitor> withAnyOf(Set<Role> roles) {
			Set<Visitor> visitors = EnumSet.noneOf(Visitor.class);
			for (Visitor visitor : values()) {
				visitor.role.filter(roles::contains).ifPresent((role) -> visitors.add(visitor));
			}
			return visitors;
		}

	}

	/** Routes outside the main navigation whose access is written down here. */
	static final Map<String, Set<Visitor>> KNOWN = Map.of("", Visitor.signedIn(), "login",
			EnumSet.allOf(Visitor.class));

	@Test
	void everyRouteDeclaresWhoMayOpenIt() {
		List<String> undeclared = new ArrayList<>();
		for (RouteData route : routes()) {
			if (declaredVisitors(route.getNavigationTarget()).isEmpty()) {
				undeclared.add(route.getTemplate() + " (" + route.getNavigationTarget().getName() + ")");
			}
		}
		assertThat(undeclared).as("routes without @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll").isEmpty();
	}

	@Test
	void annotationsMatchTheWrittenDownAccessRules() {
		Map<String, Set<Visitor>> declared = new LinkedHashMap<>();
		Map<String, Set<Visitor>> written = new LinkedHashMap<>();
		for (RouteData route : routes()) {
			writtenDown(route.getTemplate()).ifPresent((visitors) -> {
				written.put(route.getTemplate(), visitors);
				declared.put(route.getTemplate(), declaredVisitors(route.getNavigationTarget()).orElse(Set.of()));
			});
		}
		assertThat(written.keySet()).containsAll(AccessRules.ROUTES).containsAll(KNOWN.keySet());
		assertThat(declared).isEqualTo(written);
	}

	@Test
	void everyRoleIsCheckedBelow() {
		assertThat(Arrays.stream(Visitor.values()).flatMap((visitor) -> visitor.role.stream()))
			.containsExactlyInAnyOrder(Role.values());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorOpensOnlyPublicRoutes() {
		assertEveryRouteFor(Visitor.ANONYMOUS);
	}

	@Test
	@WithUserDetails("admin")
	void adminOpensExactlyTheAdminRoutes() {
		assertEveryRouteFor(Visitor.ADMIN);
	}

	@Test
	@WithUserDetails("km")
	void knowledgeManagerOpensExactlyTheKnowledgeManagerRoutes() {
		assertEveryRouteFor(Visitor.KNOWLEDGE_MANAGER);
	}

	@Test
	@WithUserDetails("manager")
	void managerOpensExactlyTheManagerRoutes() {
		assertEveryRouteFor(Visitor.MANAGER);
	}

	private void assertEveryRouteFor(Visitor visitor) {
		List<String> wrong = new ArrayList<>();
		for (RouteData route : routes()) {
			Set<Visitor> allowed = expected(route);
			String location = location(route.getTemplate());
			UI.getCurrent().navigate(location);
			com.vaadin.flow.component.HasElement shown = getCurrentView();
			boolean opened = route.getNavigationTarget().isInstance(shown)
					|| !(shown instanceof NotFoundView) && !shown.getClass().getSimpleName().equals("LoginView");
			if (UI.getCurrent().getElement().getTextRecursively().contains(EveryEndpointAccessTest.TOKEN)) {
				wrong.add("/" + location + " shows the API token to " + visitor);
			}
			if (opened != allowed.contains(visitor)) {
				wrong.add("/" + location + " showed " + shown.getClass().getSimpleName() + " to " + visitor
						+ ", expected " + (allowed.contains(visitor) ? "the page" : "a refusal"));
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static List<RouteData> routes() {
		List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
		assertThat(routes).as("Vaadin's route registry").isNotEmpty();
		return routes;
	}

	private static Set<Visitor> expected(RouteData route) {
		return writtenDown(route.getTemplate()).or(() -> declaredVisitors(route.getNavigationTarget()))
			.orElseThrow(() -> new AssertionError(route.getTemplate() + " declares no access annotation"));
	}

	private static Optional<Set<Visitor>> writtenDown(String template) {
		if (KNOWN.containsKey(template)) {
			return Optional.of(KNOWN.get(template));
		}
		if (!AccessRules.ROUTES.contains(template)) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (AccessRules.allowed(role).contains(template)) {
				roles.add(role);
			}
		}
		return Optional.of(Visitor.withAnyOf(roles));
	}

	/** Who the view's own annotation lets in; empty when it has none. */
	static Optional<Set<Visitor>> declaredVisitors(Class<?> view) {
		if (view.isAnnotationPresent(DenyAll.class)) {
			return Optional.of(Set.of());
		}
		if (view.isAnnotationPresent(AnonymousAllowed.class)) {
			return Optional.of(EnumSet.allOf(Visitor.class));
		}
		if (view.isAnnotationPresent(PermitAll.class)) {
			return Optional.of(Visitor.signedIn());
		}
		RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
		if (roles == null) {
			return Optional.empty();
		}
		Set<Role> named = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.value()).map(Role::valueOf).forEach(named::add);
		return Optional.of(Visitor.withAnyOf(named));
	}

	/**
	 * A concrete address for a route template ({@code cases/:key} becomes
	 * {@code cases/x}).
	 */
	private static String location(String template) {
		return template.replaceAll(":[^/]+", "x");
	}

}
