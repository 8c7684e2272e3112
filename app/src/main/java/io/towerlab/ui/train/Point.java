package io.towerlab.ui.train;

/** One point of a curve: x is a step or an epoch. */
public record Point(double x, double y) {
}
