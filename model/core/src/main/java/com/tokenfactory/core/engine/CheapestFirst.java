package com.tokenfactory.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Hands out the pools a service may use, cheapest first, and only as many as it asks for (most services are served by
 * their first few pools). The order is the allocation rule of {@link MonthlyAllocator}: sort key first — 0 for committed
 * capacity, the extra electricity of a busy over an idle GPU per token for owned capacity (a month-independent
 * coefficient × the site's price that month), {@code TIER +} the hourly fee per token for on-demand rental — then fewer
 * certifications, then the pool declared first.
 * <p>
 * For one service and one SKU, an owned pool's key is proportional to its site's PUE × electricity price, the same
 * for every service; so each SKU keeps one list of its owned pools in that order, adjusted once a month, and a service
 * merges those lists with its committed and on-demand pools (whose order never changes) as far as it needs.
 * A service whose busy GPUs draw no more than idle ones has a zero key on that SKU; it takes those pools in
 * certification order instead.
 */
final class CheapestFirst {
    private final int[] certifications;     // per pool
    private final int[] siteOf;             // per pool; -1 for contracts
    private final double[] pue;             // per pool (owned)
    private final double[] siteKey;         // per pool this month: PUE × price (owned)
    private final boolean[] exhausted;      // per pool this month: no room left to serve
    private final int[][] ownedBySite;      // per SKU: owned pools by (PUE × price, certifications, index)
    private final int[][] ownedByCerts;     // per SKU: owned pools by (certifications, index)
    private final boolean[][] eligible;     // [service][pool]
    private final double[][] coefficient;   // [service][pool]: the month-independent part of the key
    private final int[][][] lists;          // [service][list] -> pools; list 0 committed, 1 on demand, then per SKU
    private final boolean[][] ownedList;    // [service][list]: whether the list holds owned pools (key × price)
    private final int[] head;               // scratch: position in each list of the service being served
    private int service = -1;
    private double[] price;

    /**
     * @param ownedSku       per pool, its SKU index if owned, else -1
     * @param kind           per pool: 0 committed, 1 on demand, 2 owned
     * @param eligible       [service][pool]: certifications cover and the model fits the SKU
     * @param coefficient    [service][pool]: the key's month-independent part (owned pools: × the site price)
     * @param zeroKeyOnSku   [service][sku]: the service's owned key on that SKU is zero
     */
    CheapestFirst(int skuCount, int[] ownedSku, int[] kind, int[] siteOf, double[] pue, int[] certifications,
                  boolean[][] eligible, double[][] coefficient, boolean[][] zeroKeyOnSku) {
        int pools = ownedSku.length;
        this.certifications = certifications;
        this.siteOf = siteOf;
        this.pue = pue;
        this.siteKey = new double[pools];
        this.exhausted = new boolean[pools];
        this.eligible = eligible;
        this.coefficient = coefficient;
        this.ownedBySite = new int[skuCount][];
        this.ownedByCerts = new int[skuCount][];
        for (int k = 0; k < skuCount; k++) {
            List<Integer> owned = new ArrayList<>();
            for (int p = 0; p < pools; p++) {
                if (ownedSku[p] == k) {
                    owned.add(p);
                }
            }
            ownedBySite[k] = owned.stream().mapToInt(Integer::intValue).toArray();
            ownedByCerts[k] = inOrder(owned, p -> 0.0);
        }
        int services = eligible.length;
        this.lists = new int[services][][];
        this.ownedList = new boolean[services][];
        for (int s = 0; s < services; s++) {
            List<int[]> l = new ArrayList<>();
            List<Boolean> owned = new ArrayList<>();
            l.add(sorted(s, kind, 0));
            owned.add(false);
            l.add(sorted(s, kind, 1));
            owned.add(false);
            for (int k = 0; k < skuCount; k++) {
                if (anyEligible(s, ownedBySite[k])) {
                    l.add(zeroKeyOnSku[s][k] ? ownedByCerts[k] : ownedBySite[k]);
                    owned.add(true);
                }
            }
            lists[s] = l.toArray(new int[0][]);
            ownedList[s] = new boolean[l.size()];
            for (int i = 0; i < l.size(); i++) {
                ownedList[s][i] = owned.get(i);
            }
        }
        this.head = new int[2 + skuCount];
    }

    /** Re-orders each SKU's owned pools for this month's electricity prices (per site); call before each month. */
    void beginMonth(double[] sitePrices) {
        this.price = sitePrices;
        Arrays.fill(exhausted, false);
        for (int[] list : ownedBySite) {
            for (int p : list) {
                siteKey[p] = pue[p] * sitePrices[siteOf[p]];
            }
            sortBySiteKey(list);
        }
    }

    /**
     * The pool has no room left this month: it is no longer handed out. Services after the first few would otherwise
     * each walk past every full pool of a large fleet, every month, to reach the ones with room.
     */
    void exhausted(int p) {
        exhausted[p] = true;
    }

    /** Starts handing out the pools of service {@code s}. */
    void start(int s) {
        service = s;
        Arrays.fill(head, 0);
    }

    /** The next cheapest pool of the service started, or -1 when there are no more. */
    int next() {
        int[][] l = lists[service];
        int best = -1;
        int bestList = -1;
        double bestKey = 0;
        for (int i = 0; i < l.length; i++) {
            int[] list = l[i];
            while (head[i] < list.length && (exhausted[list[head[i]]] || !eligible[service][list[head[i]]])) {
                head[i]++;
            }
            if (head[i] == list.length) {
                continue;
            }
            int p = list[head[i]];
            double key = ownedList[service][i] ? coefficient[service][p] * price[siteOf[p]] : coefficient[service][p];
            if (best < 0 || before(p, key, best, bestKey)) {
                best = p;
                bestKey = key;
                bestList = i;
            }
        }
        if (best >= 0) {
            head[bestList]++;
        }
        return best;
    }

    private int[] sorted(int s, int[] kind, int wanted) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < kind.length; p++) {
            if (kind[p] == wanted && eligible[s][p]) {
                out.add(p);
            }
        }
        return inOrder(out, p -> coefficient[s][p]);
    }

    /** {@code pools} in the allocation order ({@link #before}) for the given key. */
    private int[] inOrder(List<Integer> pools, IntToDoubleFunction key) {
        return pools.stream().sorted((a, b) -> {
            double ka = key.applyAsDouble(a);
            double kb = key.applyAsDouble(b);
            return before(a, ka, b, kb) ? -1 : before(b, kb, a, ka) ? 1 : 0;
        }).mapToInt(Integer::intValue).toArray();
    }

    private boolean anyEligible(int s, int[] pools) {
        for (int p : pools) {
            if (eligible[s][p]) {
                return true;
            }
        }
        return false;
    }

    /** Insertion sort: near linear month to month (the first month starts from declaration order). */
    private void sortBySiteKey(int[] list) {
        for (int i = 1; i < list.length; i++) {
            int x = list[i];
            if (!before(x, siteKey[x], list[i - 1], siteKey[list[i - 1]])) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && before(x, siteKey[x], list[j], siteKey[list[j]])) {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = x;
        }
    }

    private boolean before(int a, double keyA, int b, double keyB) {
        if (keyA != keyB) {
            return keyA < keyB;
        }
        int certsA = certifications[a];
        int certsB = certifications[b];
        return certsA != certsB ? certsA < certsB : a < b;
    }
}
