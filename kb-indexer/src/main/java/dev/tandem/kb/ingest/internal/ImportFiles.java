package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.tandem.kb.ingest.RejectedItem;
import dev.tandem.kb.ingest.SkippedFile;
import dev.tandem.kb.ingest.SourceLocation;

/**
 * The files an import reads: each path given is a file or a folder searched recursively,
 * in name order. Hidden files and folders (names starting with '.') are passed over; a
 * file reached twice is read once.
 *
 * @param files the files to read
 * @param skipped files found in folders that are not article files
 * @param rejected paths that do not exist or cannot be listed
 */
public record ImportFiles(List<ImportFile> files, List<SkippedFile> skipped, List<RejectedItem> rejected) {

	/**
	 * @param file the file as it will be reported
	 * @param relativePath relative to the folder given (the file name for a file given
	 * directly)
	 * @param format how to read it
	 * @param size its size in bytes when listed
	 */
	public record ImportFile(Path file, Path relativePath, ArticleFileFormat format, long size) {

	}

	public static ImportFiles find(List<Path> paths) {
		List<ImportFile> files = new ArrayList<>();
		List<SkippedFile> skipped = new ArrayList<>();
		List<RejectedItem> rejected = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				walk(path, files, skipped, rejected, seen);
			}
			else if (!Files.exists(path)) {
				rejected.add(RejectedItem.of(SourceLocation.wholeFile(path), "no such file or folder"));
			}
			else if (ArticleFileFormat.of(path).isEmpty()) {
				rejected.add(RejectedItem.of(SourceLocation.wholeFile(path),
						"not an article file (expected " + ArticleFileFormat.EXTENSIONS + ")"));
			}
			else if (seen.add(path.toAbsolutePath().normalize())) {
				files.add(new ImportFile(path, path.getFileName(), ArticleFileFormat.of(path).get(), size(path)));
			}
		}
		return new ImportFiles(List.copyOf(files), List.copyOf(skipped), List.copyOf(rejected));
	}

	public long totalBytes() {
		return this.files.stream().mapToLong(ImportFile::size).sum();
	}

	private static void walk(Path root, List<ImportFile> files, List<SkippedFile> skipped, List<RejectedItem> rejected,
			Set<Path> seen) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return (!dir.equals(root) && isHidden(dir)) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (!isHidden(file)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					rejected.add(RejectedItem.of(SourceLocation.wholeFile(file), "cannot be read: " + describe(ex)));
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			rejected.add(RejectedItem.of(SourceLocation.wholeFile(root), "cannot be listed: " + describe(ex)));
		}
		found.sort(null);
		for (Path file : found) {
			if (ArticleFileFormat.of(file).isEmpty()) {
				skipped.add(new SkippedFile(file, "not an article file (" + ArticleFileFormat.EXTENSIONS + ")"));
			}
			else if (seen.add(file.toAbsolutePath().normalize())) {
				files.add(new ImportFile(file, root.relativize(file), ArticleFileFormat.of(file).get(), size(file)));
			}
		}
	}

	private static boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	public static String describe(IOException ex) {
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return "no such file";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
