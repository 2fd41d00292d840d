package dev.tandem.admin.security.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.UiSecurityProperties;

/**
 * Turns the groups or roles an identity provider sends for a user into Tandem roles, as
 * configured under {@code tandem.ui.oidc}. The claim may be a list, a single name, or a
 * comma- or space-separated string, and may be nested ({@code realm_access.roles}).
 */
final class OidcRoleMapper {

	private final String claimPath;

	private final Map<Role, List<String>> mapping;

	OidcRoleMapper(UiSecurityProperties.Oidc oidc) {
		this.claimPath = oidc.rolesClaim();
		this.mapping = oidc.roleMapping();
	}

	Set<Role> rolesFrom(Map<String, Object> claims) {
		Set<String> values = claimValues(claims).map(value -> value.toLowerCase(Locale.ROOT))
			.collect(java.util.stream.Collectors.toSet());
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			Stream<String> granting = Stream.concat(Stream.of(role.name()),
					mapping.getOrDefault(role, List.of()).stream());
			if (granting.map(value -> value.toLowerCase(Locale.ROOT)).anyMatch(values::contains)) {
				roles.add(role);
			}
		}
		return roles;
	}

	private Stream<String> claimValues(Map<String, Object> claims) {
		Object value = claims;
		for (String segment : claimPath.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return Stream.empty();
			}
			value = map.get(segment);
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).map(String::trim).filter(name -> !name.isEmpty());
		}
		if (value instanceof String text) {
			return Stream.of(text.split("[,\\s]+")).filter(name -> !name.isEmpty());
		}
		return Stream.empty();
	}

}
