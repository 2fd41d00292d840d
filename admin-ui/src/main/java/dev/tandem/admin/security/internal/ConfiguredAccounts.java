package dev.tandem.admin.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import dev.tandem.admin.security.UiSecurityProperties;

/**
 * The local accounts: those configured under {@code tandem.ui.users}, plus the generated
 * demo accounts.
 */
final class ConfiguredAccounts implements UserDetailsService {

	private final Map<String, UiSecurityProperties.User> byUsername = new LinkedHashMap<>();

	ConfiguredAccounts(List<UiSecurityProperties.User> users) {
		for (int i = 0; i < users.size(); i++) {
			UiSecurityProperties.User user = users.get(i);
			UiSecurityProperties.User previous = byUsername.putIfAbsent(user.username(), user);
			if (previous != null) {
				throw new IllegalStateException("tandem.ui.users[" + i + "].username: '" + user.username()
						+ "' is configured twice; each user needs a unique username");
			}
		}
	}

	boolean isEmpty() {
		return byUsername.isEmpty();
	}

	int size() {
		return byUsername.size();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UiSecurityProperties.User user = byUsername.get(username);
		if (user == null) {
			throw new UsernameNotFoundException("No such user");
		}
		// A fresh copy each time: Spring Security erases the password of the object it
		// authenticated.
		return new AccountDetails(user);
	}

}
