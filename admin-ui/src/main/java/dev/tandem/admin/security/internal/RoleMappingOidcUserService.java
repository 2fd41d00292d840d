package dev.tandem.admin.security.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

import dev.tandem.admin.security.Role;

/**
 * Loads a single sign-on user as Spring does, then adds the Tandem roles their groups map
 * to.
 */
final class RoleMappingOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final OidcRoleMapper mapper;

	RoleMappingOidcUserService(OidcRoleMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = delegate.loadUser(request);
		// Groups may be in the ID token or only in the user info response.
		Map<String, Object> claims = new HashMap<>(user.getClaims());
		Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
		for (Role role : mapper.rolesFrom(claims)) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		String nameAttribute = request.getClientRegistration()
			.getProviderDetails()
			.getUserInfoEndpoint()
			.getUserNameAttributeName();
		return StringUtils.hasText(nameAttribute)
				? new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameAttribute)
				: new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo());
	}

}
