package com.tokenfactory.core.plan;

import org.apache.commons.statistics.distribution.NormalDistribution;

import java.util.List;

/**
 * Correlated draws by a Gaussian copula: independent uniforms become standard normals, a Cholesky factor of the
 * normal correlation matrix mixes them, and the normal CDF turns them back into uniforms that each input's inverse
 * CDF reads. A rank correlation ρs between two inputs is met by the normal correlation r = 2 sin(π ρs / 6), the
 * Pearson correlation of a bivariate normal whose Spearman correlation is ρs (Kruskal 1958); rank correlations
 * survive the monotone inverse CDFs, so the inputs keep ρs whatever their distributions (Iman and Conover 1982 reach
 * the same by reordering; the copula needs no second pass over the trials, so each trial draws alone).
 */
public final class Copula {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    private final double[][] cholesky;

    private Copula(double[][] cholesky) {
        this.cholesky = cholesky;
    }

    /** The copula of these inputs (in order); null when no correlation is given, as nothing needs mixing. */
    public static Copula of(List<String> inputIds, List<Correlation> correlations) {
        if (correlations.isEmpty()) {
            return null;
        }
        int n = inputIds.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
        }
        for (Correlation c : correlations) {
            int a = inputIds.indexOf(c.first());
            int b = inputIds.indexOf(c.second());
            double rho = 2 * Math.sin(Math.PI * c.rankCorrelation() / 6);
            r[a][b] = rho;
            r[b][a] = rho;
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (s <= 1e-10) {
                        throw new InvalidPlanException("correlations", "no joint distribution has these correlations "
                                + "together (the correlation matrix is not positive definite); weaken one of them");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return new Copula(l);
    }

    /** Replaces independent uniforms in place with correlated ones. */
    public void correlate(double[] u) {
        int n = u.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = STANDARD.inverseCumulativeProbability(u[i]);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += cholesky[i][k] * z[k];
            }
            u[i] = STANDARD.cumulativeProbability(s);
        }
    }
}
