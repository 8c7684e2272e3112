package io.towerlab.core.eval.projection;

import java.util.Arrays;

/**
 * A point quadtree over a 2D layout with each cell's centre of mass, for the Barnes-Hut
 * approximation of t-SNE's repulsive forces (van der Maaten 2014, §4.2): a cell far enough away
 * (width / distance below θ) acts as one point of the cell's total mass. Stored in flat arrays and
 * rebuilt every iteration; points at the same position share a leaf.
 */
final class QuadTree {
    private static final int MAX_DEPTH = 48;

    private double[] centreX;
    private double[] centreY;
    private double[] half;
    private double[] massX;
    private double[] massY;
    private int[] count;
    private int[] firstChild;
    private int nodes;

    QuadTree(int expectedPoints) {
        allocate(Math.max(16, expectedPoints * 2));
    }

    private void allocate(int capacity) {
        centreX = new double[capacity];
        centreY = new double[capacity];
        half = new double[capacity];
        massX = new double[capacity];
        massY = new double[capacity];
        count = new int[capacity];
        firstChild = new int[capacity];
    }

    /** Rebuilds the tree over {@code n} points stored as {@code y[2i], y[2i+1]}. */
    void build(double[] y, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        nodes = 0;
        double h = Math.max(maxX - minX, maxY - minY) / 2 + 1e-5;
        newNode((minX + maxX) / 2, (minY + maxY) / 2, h);
        for (int i = 0; i < n; i++) {
            insert(y[2 * i], y[2 * i + 1]);
        }
    }

    private int newNode(double cx, double cy, double h) {
        if (nodes == count.length) {
            grow();
        }
        int node = nodes++;
        centreX[node] = cx;
        centreY[node] = cy;
        half[node] = h;
        massX[node] = 0;
        massY[node] = 0;
        count[node] = 0;
        firstChild[node] = -1;
        return node;
    }

    private void grow() {
        int capacity = count.length * 2;
        centreX = Arrays.copyOf(centreX, capacity);
        centreY = Arrays.copyOf(centreY, capacity);
        half = Arrays.copyOf(half, capacity);
        massX = Arrays.copyOf(massX, capacity);
        massY = Arrays.copyOf(massY, capacity);
        count = Arrays.copyOf(count, capacity);
        firstChild = Arrays.copyOf(firstChild, capacity);
    }

    private void insert(double x, double y) {
        int node = 0;
        for (int depth = 0; ; depth++) {
            int before = count[node];
            if (before > 0 && firstChild[node] < 0
                    && (depth >= MAX_DEPTH || (massX[node] == x && massY[node] == y))) {
                count[node]++;
                return;
            }
            if (before > 0 && firstChild[node] < 0) {
                split(node);
            }
            massX[node] = (massX[node] * before + x) / (before + 1);
            massY[node] = (massY[node] * before + y) / (before + 1);
            count[node] = before + 1;
            if (before == 0) {
                return;
            }
            node = childFor(node, x, y);
        }
    }

    /** Turns a leaf into four children and moves its points into the one that holds them. */
    private void split(int node) {
        double h = half[node] / 2;
        double cx = centreX[node];
        double cy = centreY[node];
        int first = newNode(cx - h, cy - h, h);
        newNode(cx + h, cy - h, h);
        newNode(cx - h, cy + h, h);
        newNode(cx + h, cy + h, h);
        firstChild[node] = first;
        int child = childFor(node, massX[node], massY[node]);
        massX[child] = massX[node];
        massY[child] = massY[node];
        count[child] = count[node];
    }

    private int childFor(int node, double x, double y) {
        int index = (x > centreX[node] ? 1 : 0) + (y > centreY[node] ? 2 : 0);
        return firstChild[node] + index;
    }

    /**
     * Adds to {@code force[0..1]} the unnormalised repulsion on a point at (x, y),
     * Σ q²·(y_i − y_j) with q = 1 / (1 + d²), and returns its share of Z = Σ q.
     */
    double repulsion(double x, double y, double theta, int[] stack, double[] force) {
        double thetaSquared = theta * theta;
        double z = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int mass = count[node];
            if (mass == 0) {
                continue;
            }
            double dx = x - massX[node];
            double dy = y - massY[node];
            double d2 = dx * dx + dy * dy;
            boolean leaf = firstChild[node] < 0;
            double width = 2 * half[node];
            if (leaf || width * width < thetaSquared * d2) {
                if (leaf && d2 == 0) {
                    mass--;
                }
                double q = 1 / (1 + d2);
                z += mass * q;
                double m = mass * q * q;
                force[0] += m * dx;
                force[1] += m * dy;
            } else {
                int first = firstChild[node];
                stack[top++] = first;
                stack[top++] = first + 1;
                stack[top++] = first + 2;
                stack[top++] = first + 3;
            }
        }
        return z;
    }

    /** A stack large enough for a traversal. */
    int[] newStack() {
        return new int[4 * MAX_DEPTH + 8];
    }
}
