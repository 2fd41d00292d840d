package dev.tandem.connector.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups unit vectors (sentence embeddings) into topics by cosine similarity, in two
 * passes: a leader pass assigns each vector to the most similar existing cluster centroid
 * when it reaches the threshold, else opens a cluster; a merge pass then joins clusters
 * whose centroids reach it (the leader pass depends on order; merging removes most of
 * that). O(n * clusters) time and no n x n matrix, so thousands of tickets cluster in
 * well under a second on two cores.
 */
public final class TopicClusterer {

	private final double similarity;

	/**
	 * @param similarity the cosine from which two texts are about the same topic
	 */
	public TopicClusterer(double similarity) {
		this.similarity = similarity;
	}

	/**
	 * @param vectors unit-length vectors of equal length
	 * @return the clusters, each the indices of its members in input order
	 */
	public List<List<Integer>> cluster(List<float[]> vectors) {
		List<Cluster> clusters = new ArrayList<>();
		for (int i = 0; i < vectors.size(); i++) {
			float[] vector = vectors.get(i);
			Cluster best = null;
			double bestSimilarity = this.similarity;
			for (Cluster cluster : clusters) {
				double cosine = cluster.cosine(vector);
				if (cosine >= bestSimilarity) {
					best = cluster;
					bestSimilarity = cosine;
				}
			}
			if (best == null) {
				best = new Cluster(vector.length);
				clusters.add(best);
			}
			best.add(i, vector);
		}
		boolean merged = true;
		while (merged) {
			merged = false;
			for (int a = 0; a < clusters.size(); a++) {
				for (int b = a + 1; b < clusters.size();) {
					if (clusters.get(a).cosine(clusters.get(b)) >= this.similarity) {
						clusters.get(a).absorb(clusters.remove(b));
						merged = true;
					}
					else {
						b++;
					}
				}
			}
		}
		return clusters.stream().map((cluster) -> List.copyOf(cluster.members)).toList();
	}

	private static final class Cluster {

		private final double[] sum;

		private final List<Integer> members = new ArrayList<>();

		private double norm = -1;

		Cluster(int dimensions) {
			this.sum = new double[dimensions];
		}

		void add(int index, float[] vector) {
			this.norm = -1;
			this.members.add(index);
			for (int d = 0; d < this.sum.length; d++) {
				this.sum[d] += vector[d];
			}
		}

		void absorb(Cluster other) {
			this.norm = -1;
			this.members.addAll(other.members);
			this.members.sort(null);
			for (int d = 0; d < this.sum.length; d++) {
				this.sum[d] += other.sum[d];
			}
		}

		double cosine(float[] vector) {
			double dot = 0;
			for (int d = 0; d < this.sum.length; d++) {
				dot += this.sum[d] * vector[d];
			}
			return dot / norm();
		}

		double cosine(Cluster other) {
			double dot = 0;
			for (int d = 0; d < this.sum.length; d++) {
				dot += this.sum[d] * other.sum[d];
			}
			return dot / (norm() * other.norm());
		}

		private double norm() {
			if (this.norm < 0) {
				double squares = 0;
				for (double value : this.sum) {
					squares += value * value;
				}
				this.norm = Math.max(Math.sqrt(squares), 1e-12);
			}
			return this.norm;
		}

	}

}
