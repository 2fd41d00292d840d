package dev.tandem.admin.security.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.UiSecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;

class OidcRoleMapperTest {

	private final OidcRoleMapper groups = new OidcRoleMapper(new UiSecurityProperties.Oidc("groups",
			Map.of(Role.ADMIN, List.of("it-admins"), Role.KNOWLEDGE_MANAGER, List.of("Support Knowledge"))));

	@Test
	void mapsConfiguredGroupNamesIgnoringCase() {
		assertThat(groups.rolesFrom(Map.of("groups", List.of("IT-Admins", "support knowledge", "sales"))))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.KNOWLEDGE_MANAGER);
	}

	@Test
	void roleNamesThemselvesGrantTheRole() {
		assertThat(groups.rolesFrom(Map.of("groups", List.of("manager")))).containsExactly(Role.MANAGER);
	}

	@Test
	void acceptsASingleStringWithSeveralNames() {
		assertThat(groups.rolesFrom(Map.of("groups", "it-admins, MANAGER"))).containsExactlyInAnyOrder(Role.ADMIN,
				Role.MANAGER);
	}

	@Test
	void readsNestedClaims() {
		OidcRoleMapper keycloak = new OidcRoleMapper(
				new UiSecurityProperties.Oidc("realm_access.roles", Map.of(Role.MANAGER, List.of("desk-lead"))));
		assertThat(keycloak.rolesFrom(Map.of("realm_access", Map.of("roles", List.of("desk-lead", "offline_access")))))
			.containsExactly(Role.MANAGER);
	}

	@Test
	void noRoleWhenTheClaimIsMissingOrUnrelated() {
		assertThat(groups.rolesFrom(Map.of("sub", "123"))).isEmpty();
		assertThat(groups.rolesFrom(Map.of("groups", List.of("sales")))).isEmpty();
		assertThat(groups.rolesFrom(Map.of("groups", 42))).isEmpty();
	}

}
