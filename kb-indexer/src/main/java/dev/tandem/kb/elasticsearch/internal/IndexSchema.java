package dev.tandem.kb.elasticsearch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An index definition read from a class path resource ({@code {"settings": {...},
 * "mappings": {"_meta": {"schema_version": 1}, ...}}}) and its fingerprint. The
 * fingerprint (SHA-256 over the canonical JSON of settings and mappings) is written into
 * the index's {@code _meta} when the index is created, so that any change to the
 * resource, even one whose author forgot to bump {@code schema_version}, is noticed
 * against the live index.
 */
public final class IndexSchema {

	public static final String SCHEMA_VERSION = "schema_version";

	public static final String SCHEMA_HASH = "schema_hash";

	/**
	 * Optional {@code _meta} entry naming the date field every write stamps; a rebuild
	 * uses it to copy again what was written while it ran.
	 */
	public static final String CHANGED_AT_FIELD = "changed_at_field";

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

	private final String resource;

	private final ObjectNode settings;

	private final ObjectNode mappings;

	private final int version;

	private final String hash;

	private IndexSchema(String resource, ObjectNode settings, ObjectNode mappings) {
		this.resource = resource;
		this.settings = settings;
		this.mappings = mappings;
		JsonNode meta = mappings.path("_meta");
		if (!meta.path(SCHEMA_VERSION).canConvertToInt()) {
			throw new IllegalArgumentException(resource + ": mappings._meta.schema_version (an integer) is missing");
		}
		for (String deploymentSetting : new String[] { "number_of_shards", "number_of_replicas", "index" }) {
			if (settings.has(deploymentSetting)) {
				throw new IllegalArgumentException(resource + ": settings." + deploymentSetting
						+ " is not allowed (shards and replicas come from tandem.kb.index.*; write settings flat)");
			}
		}
		this.version = meta.path(SCHEMA_VERSION).asInt();
		this.hash = fingerprint(settings, mappings);
	}

	public static IndexSchema load(String resource) {
		try (InputStream in = IndexSchema.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("index definition '" + resource + "' is not on the class path");
			}
			JsonNode root = JSON.readTree(in);
			if (!(root instanceof ObjectNode object) || !(object.get("mappings") instanceof ObjectNode mappings)) {
				throw new IllegalArgumentException(resource + ": a JSON object with a \"mappings\" object expected");
			}
			ObjectNode settings = (object.get("settings") instanceof ObjectNode given) ? given
					: JSON.createObjectNode();
			return new IndexSchema(resource, settings, mappings);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("index definition '" + resource + "' cannot be read: " + ex.getMessage(),
					ex);
		}
	}

	public String resource() {
		return this.resource;
	}

	public int version() {
		return this.version;
	}

	public String hash() {
		return this.hash;
	}

	public Optional<String> changedAtField() {
		return changedAtField(this.mappings.path("_meta").path(CHANGED_AT_FIELD).asText(null));
	}

	/** The mappings as created: the resource's, with the fingerprint added to _meta. */
	public TypeMapping mapping() {
		ObjectNode withHash = this.mappings.deepCopy();
		((ObjectNode) withHash.get("_meta")).put(SCHEMA_HASH, this.hash);
		return TypeMapping.of((b) -> b.withJson(new StringReader(withHash.toString())));
	}

	public IndexSettings settings(int shards, int replicas) {
		return IndexSettings.of((b) -> b.withJson(new StringReader(this.settings.toString()))
			.numberOfShards(Integer.toString(shards))
			.numberOfReplicas(Integer.toString(replicas)));
	}

	/**
	 * Reads the fingerprint and version a live index was created with.
	 * @param meta the live mapping's {@code _meta}
	 * @return the recorded identity, empty when the index was not created by Tandem
	 */
	public static Optional<Recorded> recorded(Map<String, JsonData> meta) {
		if (meta == null || !meta.containsKey(SCHEMA_HASH)) {
			return Optional.empty();
		}
		String hash = meta.get(SCHEMA_HASH).to(String.class);
		int version = meta.containsKey(SCHEMA_VERSION) ? meta.get(SCHEMA_VERSION).to(Integer.class) : 0;
		Optional<String> changedAt = meta.containsKey(CHANGED_AT_FIELD)
				? changedAtField(meta.get(CHANGED_AT_FIELD).to(String.class)) : Optional.empty();
		return Optional.of(new Recorded(version, hash, changedAt));
	}

	private static Optional<String> changedAtField(String name) {
		return Optional.ofNullable(name).filter((n) -> !n.isBlank());
	}

	private static String fingerprint(ObjectNode settings, ObjectNode mappings) {
		ObjectNode copy = mappings.deepCopy();
		((ObjectNode) copy.get("_meta")).remove(SCHEMA_HASH);
		try {
			// Maps (not nodes) are sorted by key when written: the fingerprint ignores
			// key order and formatting.
			Object canonical = JSON.convertValue(Map.of("settings", settings, "mappings", copy), Map.class);
			byte[] bytes = JSON.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot fingerprint the index definition", ex);
		}
	}

	/**
	 * Identity of a live index's schema.
	 *
	 * @param version the schema version
	 * @param hash the fingerprint
	 * @param changedAtField the date field its writers stamp, if any
	 */
	public record Recorded(int version, String hash, Optional<String> changedAtField) {

	}

}
