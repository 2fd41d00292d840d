package dev.tandem.kb.ingest.internal;

import dev.tandem.kb.ingest.ImportItem;
import dev.tandem.kb.ingest.ImportWarning;

/**
 * Receives what a reader finds, in file order.
 */
public interface ItemSink {

	void item(ImportItem item);

	void warning(ImportWarning warning);

}
