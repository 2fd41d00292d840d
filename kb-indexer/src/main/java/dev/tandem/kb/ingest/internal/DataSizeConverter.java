package dev.tandem.kb.ingest.internal;

import org.springframework.util.unit.DataSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads sizes such as {@code 1MB}, {@code 512KB} or {@code 2000000} (bytes).
 */
public class DataSizeConverter implements ITypeConverter<DataSize> {

	@Override
	public DataSize convert(String value) {
		try {
			DataSize size = DataSize.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
			if (size.toBytes() < 1) {
				throw new TypeConversionException("size must be positive, got '" + value + "'");
			}
			return size;
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException("'" + value + "' is not a size such as 1MB, 512KB or 2000000");
		}
	}

}
