package dev.tandem.connector.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token of {@code /api/v1/**}. Only its SHA-256 is kept (in Elasticsearch,
 * {@code <prefix>-settings/api-token}, so every instance accepts the same token and it
 * survives restarts); presented tokens are hashed and compared in constant time.
 */
public class ApiToken {

	private static final Logger log = LoggerFactory.getLogger(ApiToken.class);

	private static final String ID = "api-token";

	private final ApiProperties properties;

	private final DocumentIndex<StoredToken> settings;

	private final Clock clock;

	private volatile byte[] expectedHash;

	public ApiToken(ApiProperties properties, DocumentIndexes indexes, Clock clock) {
		this.properties = properties;
		this.settings = indexes.settings(StoredToken.class);
		this.clock = clock;
		properties.token().ifPresent((token) -> this.expectedHash = sha256(token));
	}

	/** Whether the presented token is the API token (false while none is known yet). */
	public boolean matches(String presented) {
		byte[] expected = expectedHash();
		return expected != null && presented != null && MessageDigest.isEqual(expected, sha256(presented));
	}

	/**
	 * Makes sure a token exists: the configured one, the stored one, or a new one
	 * (printed once). Called at start-up; again on first use if Elasticsearch was down.
	 */
	public synchronized void initialise() {
		if (this.expectedHash != null) {
			return;
		}
		try {
			Optional<StoredToken> stored = this.settings.get(ID).map((found) -> found.value());
			if (stored.isPresent()) {
				this.expectedHash = HexFormat.of().parseHex(stored.get().sha256());
				return;
			}
			String token = generate();
			if (this.settings.createIfAbsent(ID, new StoredToken(hex(sha256(token)), this.clock.instant()))) {
				this.expectedHash = sha256(token);
				announce(token);
			}
			else {
				// another instance generated one at the same moment: use theirs
				this.settings.get(ID)
					.ifPresent((found) -> this.expectedHash = HexFormat.of().parseHex(found.value().sha256()));
			}
		}
		catch (StoreUnavailableException ex) {
			log.warn("API token not loaded yet (Elasticsearch unavailable); /api/v1 refuses requests until it is: {}",
					ex.getMessage());
		}
	}

	private byte[] expectedHash() {
		if (this.expectedHash == null) {
			initialise();
		}
		return this.expectedHash;
	}

	private void announce(String token) {
		Path file = this.properties.tokenFileOrDefault();
		String where;
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the file keeps its default permissions
			}
			where = " (also written to " + file + ")";
		}
		catch (IOException ex) {
			where = " (could not write it to " + file + ": " + ex.getMessage() + ")";
		}
		log.warn(
				"\n\n  Generated the API token for /api/v1 (shown once){}:\n\n    {}\n\n"
						+ "  Send it as 'Authorization: Bearer <token>', or set tandem.api.token to choose your own.\n",
				where, token);
	}

	private static String generate() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The stored hash.
	 *
	 * @param sha256 hex SHA-256 of the token
	 * @param createdAt when it was generated
	 */
	public record StoredToken(String sha256, Instant createdAt) {

	}

}
