package dev.tandem.admin.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

	@Test
	void annotationConstantsNameTheRoles() {
		assertThat(Role.Name.ADMIN).isEqualTo(Role.ADMIN.name());
		assertThat(Role.Name.KNOWLEDGE_MANAGER).isEqualTo(Role.KNOWLEDGE_MANAGER.name());
		assertThat(Role.Name.MANAGER).isEqualTo(Role.MANAGER.name());
	}

	@Test
	void authorityCarriesSpringSecuritysRolePrefix() {
		assertThat(Role.KNOWLEDGE_MANAGER.authority()).isEqualTo("ROLE_KNOWLEDGE_MANAGER");
	}

}
