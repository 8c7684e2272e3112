package io.towerlab.core.eval.projection;

import java.util.Arrays;

/**
 * A point quadtree over a 2D layout with each cell's centre of mass, for the Barnes-Hut
 * approximation of t-SNE's repulsive forces (van der Maaten 2014, §4.2): a cell far enough away
 * (width / distance below θ) acts as one point of the cell's total mass. Rebuilt every iteration;
 * points at the same position share a leaf.
 *
 * <p>Each node is one run of {@value #STRIDE} doubles (64 bytes, one cache line) in a single array,
 * and a node's four children are adjacent: a traversal, the hot loop of every iteration, touches one
 * line per node it visits. Traversals for nearby points visit nearly the same nodes, so callers get
 * the points in {@link #zOrder Z-order} to keep those nodes in cache.
 */
final class QuadTree {
    private static final int MAX_DEPTH = 48;
    private static final int STRIDE = 8;
    private static final int CENTRE_X = 0;
    private static final int CENTRE_Y = 1;
    private static final int HALF = 2;
    private static final int MASS_X = 3;
    private static final int MASS_Y = 4;
    private static final int COUNT = 5;
    private static final int FIRST_CHILD = 6;

    private double[] node;
    private int nodes;

    QuadTree(int expectedPoints) {
        node = new double[STRIDE * Math.max(16, expectedPoints * 2)];
    }

    /**
     * Rebuilds the tree over {@code n} points stored as {@code y[2i], y[2i+1]}, inserted in the given
     * order: in {@link #zOrder} the nodes come out in memory roughly in the order traversals need them.
     */
    void build(double[] y, int n, int[] order) {
        double[] box = bounds(y, n);
        double minX = box[0];
        double minY = box[1];
        double maxX = box[2];
        double maxY = box[3];
        nodes = 0;
        double h = Math.max(maxX - minX, maxY - minY) / 2 + 1e-5;
        newNode((minX + maxX) / 2, (minY + maxY) / 2, h);
        for (int at = 0; at < n; at++) {
            int i = order[at];
            insert(y[2 * i], y[2 * i + 1]);
        }
    }

    private int newNode(double cx, double cy, double h) {
        if ((nodes + 1) * STRIDE > node.length) {
            node = Arrays.copyOf(node, node.length * 2);
        }
        int at = nodes++ * STRIDE;
        node[at + CENTRE_X] = cx;
        node[at + CENTRE_Y] = cy;
        node[at + HALF] = h;
        node[at + MASS_X] = 0;
        node[at + MASS_Y] = 0;
        node[at + COUNT] = 0;
        node[at + FIRST_CHILD] = -1;
        return at;
    }

    private void insert(double x, double y) {
        int at = 0;
        for (int depth = 0; ; depth++) {
            int before = (int) node[at + COUNT];
            boolean leaf = node[at + FIRST_CHILD] < 0;
            if (before > 0 && leaf
                    && (depth >= MAX_DEPTH || (node[at + MASS_X] == x && node[at + MASS_Y] == y))) {
                node[at + COUNT] = before + 1;
                return;
            }
            if (before > 0 && leaf) {
                split(at);
            }
            node[at + MASS_X] = (node[at + MASS_X] * before + x) / (before + 1);
            node[at + MASS_Y] = (node[at + MASS_Y] * before + y) / (before + 1);
            node[at + COUNT] = before + 1;
            if (before == 0) {
                return;
            }
            at = childFor(at, x, y);
        }
    }

    /** Turns a leaf into four children and moves its points into the one that holds them. */
    private void split(int at) {
        double h = node[at + HALF] / 2;
        double cx = node[at + CENTRE_X];
        double cy = node[at + CENTRE_Y];
        int first = newNode(cx - h, cy - h, h);
        newNode(cx + h, cy - h, h);
        newNode(cx - h, cy + h, h);
        newNode(cx + h, cy + h, h);
        node[at + FIRST_CHILD] = first;
        int child = childFor(at, node[at + MASS_X], node[at + MASS_Y]);
        node[child + MASS_X] = node[at + MASS_X];
        node[child + MASS_Y] = node[at + MASS_Y];
        node[child + COUNT] = node[at + COUNT];
    }

    private int childFor(int at, double x, double y) {
        int index = (x > node[at + CENTRE_X] ? 1 : 0) + (y > node[at + CENTRE_Y] ? 2 : 0);
        return (int) node[at + FIRST_CHILD] + index * STRIDE;
    }

    /**
     * Adds to {@code force[0..1]} the unnormalised repulsion on a point at (x, y),
     * Σ q²·(y_i − y_j) with q = 1 / (1 + d²), and returns its share of Z = Σ q.
     */
    double repulsion(double x, double y, double theta, int[] stack, double[] force) {
        double[] node = this.node;
        double thetaSquared = theta * theta;
        double z = 0;
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int at = stack[--top];
            double mass = node[at + COUNT];
            if (mass == 0) {
                continue;
            }
            double dx = x - node[at + MASS_X];
            double dy = y - node[at + MASS_Y];
            double d2 = dx * dx + dy * dy;
            double first = node[at + FIRST_CHILD];
            double width = 2 * node[at + HALF];
            if (first < 0 || width * width < thetaSquared * d2) {
                if (first < 0 && d2 == 0) {
                    mass--;
                }
                double q = 1 / (1 + d2);
                z += mass * q;
                double m = mass * q * q;
                fx += m * dx;
                fy += m * dy;
            } else {
                int child = (int) first;
                stack[top++] = child;
                stack[top++] = child + STRIDE;
                stack[top++] = child + 2 * STRIDE;
                stack[top++] = child + 3 * STRIDE;
            }
        }
        force[0] += fx;
        force[1] += fy;
        return z;
    }

    /** A stack large enough for a traversal. */
    int[] newStack() {
        return new int[4 * MAX_DEPTH + 8];
    }

    /**
     * The point indices sorted along the Z-order (Morton) curve of their positions: points close in
     * this order are close in the layout.
     */
    static int[] zOrder(double[] y, int n) {
        if (n >= 1 << 23) {
            throw new IllegalArgumentException("the Z-order holds up to 8,388,607 points, got " + n);
        }
        double[] box = bounds(y, n);
        double minX = box[0];
        double minY = box[1];
        double maxX = box[2];
        double maxY = box[3];
        double scale = (1 << 20) / (Math.max(maxX - minX, maxY - minY) + 1e-12);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long cx = Math.min((1 << 20) - 1, (long) ((y[2 * i] - minX) * scale));
            long cy = Math.min((1 << 20) - 1, (long) ((y[2 * i + 1] - minY) * scale));
            keys[i] = (spread(cx) | spread(cy) << 1) << 23 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & ((1 << 23) - 1));
        }
        return order;
    }

    /** The bounding box of the first {@code n} points: {minX, minY, maxX, maxY}. */
    private static double[] bounds(double[] y, int n) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            box[0] = Math.min(box[0], y[2 * i]);
            box[1] = Math.min(box[1], y[2 * i + 1]);
            box[2] = Math.max(box[2], y[2 * i]);
            box[3] = Math.max(box[3], y[2 * i + 1]);
        }
        return box;
    }

    /** The low 20 bits of {@code v} moved to the even bit positions 0..38. */
    private static long spread(long v) {
        long x = v & 0xFFFFF;
        x = (x | x << 16) & 0x0000FFFF0000FFFFL;
        x = (x | x << 8) & 0x00FF00FF00FF00FFL;
        x = (x | x << 4) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | x << 2) & 0x3333333333333333L;
        x = (x | x << 1) & 0x5555555555555555L;
        return x;
    }
}
