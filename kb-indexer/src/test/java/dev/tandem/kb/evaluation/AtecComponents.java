package dev.tandem.kb.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Groups ATEC questions by meaning: label-1 pairs are paraphrases, so the connected
 * components of the label-1 graph are meanings (most have two questions). Components
 * whose questions nearly repeat a question of a component already taken are dropped, so
 * the knowledge base built from them has no near-duplicate articles.
 */
final class AtecComponents {

	/**
	 * Character-bigram Jaccard at or above which two questions count as near-duplicates.
	 */
	static final double NEAR_DUPLICATE = 0.5;

	private AtecComponents() {
	}

	/**
	 * @param rows ATEC rows (id, question1, question2, label)
	 * @param random shuffles the components (seeded)
	 * @param limit most components wanted
	 * @return distinct components in a seeded order, keyed by a representative question
	 */
	static Map<String, List<String>> distinct(List<String[]> rows, Random random, int limit) {
		Map<String, String> parent = new HashMap<>();
		for (String[] row : rows) {
			if (row[3].equals("1")) {
				String a = find(parent, row[1]);
				String b = find(parent, row[2]);
				if (!a.equals(b)) {
					parent.put(a, b);
				}
			}
		}
		Map<String, Set<String>> byRoot = new LinkedHashMap<>();
		for (String question : parent.keySet()) {
			byRoot.computeIfAbsent(find(parent, question), (k) -> new LinkedHashSet<>()).add(question);
		}
		List<List<String>> components = new ArrayList<>();
		byRoot.values().forEach((set) -> components.add(new ArrayList<>(set).stream().sorted().toList()));
		components.sort(java.util.Comparator.comparing((List<String> c) -> c.get(0)));
		Collections.shuffle(components, random);
		Map<String, List<String>> kept = new LinkedHashMap<>();
		List<Set<String>> takenBigrams = new ArrayList<>();
		for (List<String> component : components) {
			if (kept.size() == limit) {
				break;
			}
			List<Set<String>> bigrams = component.stream().map(AtecComponents::bigrams).toList();
			boolean duplicate = bigrams.stream()
				.anyMatch((mine) -> takenBigrams.stream().anyMatch((taken) -> jaccard(mine, taken) >= NEAR_DUPLICATE));
			if (!duplicate) {
				kept.put(component.get(0), component);
				takenBigrams.addAll(bigrams);
			}
		}
		return kept;
	}

	static Set<String> bigrams(String text) {
		String compact = text.replaceAll("[\\s\\p{Punct}？，。！、*]+", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 2 <= compact.length(); i++) {
			grams.add(compact.substring(i, i + 2));
		}
		return grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String gram : a) {
			if (b.contains(gram)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

	private static String find(Map<String, String> parent, String question) {
		String root = question;
		while (true) {
			String up = parent.putIfAbsent(root, root);
			if (up == null || up.equals(root)) {
				break;
			}
			root = up;
		}
		// Path compression keeps later look-ups short.
		String node = question;
		while (!node.equals(root)) {
			String next = parent.get(node);
			parent.put(node, root);
			node = next;
		}
		return root;
	}

}
