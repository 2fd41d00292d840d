package dev.tandem.kb.elasticsearch;

import java.util.Objects;

/**
 * An index a feature owns and {@code kb-indexer reindex} can rebuild. Declare one bean
 * per index; {@code reindex --store NAME} rebuilds every index whose store or group is
 * NAME.
 *
 * @param group what the user names on the command line, e.g. {@code articles} for the
 * article store's two indices
 * @param store the store, e.g. {@code article-versions}: the alias is
 * {@code <prefix>-<store>}
 * @param mappingResource class path resource with the index's settings and mappings
 */
public record ManagedIndex(String group, String store, String mappingResource) {

	public ManagedIndex {
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(store, "store");
		Objects.requireNonNull(mappingResource, "mappingResource");
	}

	public boolean isSelectedBy(String name) {
		return "all".equals(name) || this.group.equals(name) || this.store.equals(name);
	}

}
