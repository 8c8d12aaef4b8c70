package com.tokenfactory.core.engine;

/**
 * What the allocator gave out in the month being simulated: for each allocation, the workload (service s, or training
 * run r as −1 − r), the pool, the GPU-hours and the tokens served. Reused month to month.
 */
final class MonthAllocations {
    final int[] workload;
    final int[] pool;
    final double[] gpuHours;
    final double[] tokens;
    int count;

    MonthAllocations(int capacity) {
        workload = new int[capacity];
        pool = new int[capacity];
        gpuHours = new double[capacity];
        tokens = new double[capacity];
    }

    void clear() {
        count = 0;
    }

    void record(int workloadIndex, int poolIndex, double hours, double tokensServed) {
        workload[count] = workloadIndex;
        pool[count] = poolIndex;
        gpuHours[count] = hours;
        tokens[count] = tokensServed;
        count++;
    }
}
