package io.towerlab.core.data.movielens;

import io.towerlab.core.data.ClickLogReader;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.EntityFileReader;
import io.towerlab.core.data.FeatureTableBuilder;
import io.towerlab.core.data.IdInterner;
import io.towerlab.core.data.ImportSession;
import io.towerlab.core.data.InteractionColumns;
import io.towerlab.core.data.csv.DelimitedReader;
import io.towerlab.core.data.csv.TextSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the MovieLens folders as GroupLens distributes them: ml-100k ({@code u.data}, {@code u.item},
 * {@code u.user}), ml-1m and ml-10m ({@code ratings.dat}, {@code movies.dat}, {@code users.dat};
 * {@code ::}-separated, Latin-1) and ml-latest / ml-latest-small / ml-25m ({@code ratings.csv},
 * {@code movies.csv}). Movies become documents with a multi-valued {@code genre} and a {@code title};
 * users become queries with {@code age}, {@code gender} and {@code occupation} when a users file exists.
 * The movies and users files are read first so that dense indices follow their order.
 */
public final class MovieLensImport {
    /** The genres of ml-100k's 19 flag columns, used when {@code u.genre} is absent. */
    static final List<String> GENRES_100K = List.of("unknown", "Action", "Adventure", "Animation", "Children's",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
            "Romance", "Sci-Fi", "Thriller", "War", "Western");
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final List<String> RATING_NAMES = List.of("user id", "movie id", "rating", "timestamp");
    private static final int[] NONE = new int[0];

    private final ImportSession session;

    public MovieLensImport(ImportSession session) {
        this.session = session;
    }

    /** Reads the folder in the given MovieLens layout. */
    public void read(Path folder, DatasetFormat format) throws DataFormatException, IOException {
        switch (format) {
            case MOVIELENS_100K -> read100k(folder);
            case MOVIELENS_1M -> read1m(folder);
            case MOVIELENS_LATEST -> readLatest(folder);
            default -> throw new IllegalArgumentException("not a MovieLens layout: " + format);
        }
    }

    private void read100k(Path folder) throws DataFormatException, IOException {
        Path ratings = require(folder, "u.data", "ml-100k");
        Path items = require(folder, "u.item", "ml-100k");
        Path users = folder.resolve("u.user");
        boolean withUsers = Files.isRegularFile(users);
        session.useFeatures(userFeatures(withUsers), movieFeatures());
        List<String> genres = genres100k(folder.resolve("u.genre"));
        List<String> itemNames = new ArrayList<>(List.of("movie id", "movie title", "release date",
                "video release date", "IMDb URL"));
        itemNames.addAll(genres);
        EntityFileReader.Layout itemLayout = new EntityFileReader.Layout(itemNames, 0, true, NONE, NONE,
                new int[] {1}, null);
        FeatureTableBuilder movieFeatures = session.documentFeatures();
        entities(items, "|", false, itemLayout, session.documents(), movieFeatures, (reader, movie) -> {
            for (int g = 0; g < genres.size(); g++) {
                if (reader.fieldEquals(5 + g, "1")) {
                    movieFeatures.categoricalValue(0, movie, genres.get(g));
                }
            }
        });
        if (withUsers) {
            entities(users, "|", false, new EntityFileReader.Layout(List.of("user id", "age", "gender",
                    "occupation", "zip code"), 0, true, new int[] {2, 3}, new int[] {1}, NONE, null),
                    session.queries(), session.queryFeatures(), null);
        }
        ratings(ratings, "\t");
    }

    private void read1m(Path folder) throws DataFormatException, IOException {
        Path ratings = require(folder, "ratings.dat", "ml-1m / ml-10m");
        Path movies = require(folder, "movies.dat", "ml-1m / ml-10m");
        Path users = folder.resolve("users.dat");
        boolean withUsers = Files.isRegularFile(users);
        session.useFeatures(userFeatures(withUsers), movieFeatures());
        entities(movies, "::", false, new EntityFileReader.Layout(List.of("movie id", "title", "genres"), 0, true,
                NONE, NONE, new int[] {1}, null), session.documents(), session.documentFeatures(), this::genres);
        if (withUsers) {
            entities(users, "::", false, new EntityFileReader.Layout(List.of("user id", "gender", "age",
                    "occupation", "zip-code"), 0, true, new int[] {1, 3}, new int[] {2}, NONE, null),
                    session.queries(), session.queryFeatures(), null);
        }
        ratings(ratings, "::");
    }

    private void readLatest(Path folder) throws DataFormatException, IOException {
        Path ratings = require(folder, "ratings.csv", "ml-latest");
        Path movies = require(folder, "movies.csv", "ml-latest");
        session.useFeatures(userFeatures(false), movieFeatures());
        TextSource movieSource = TextSource.inspect(movies, StandardCharsets.UTF_8);
        try (DelimitedReader reader = movieSource.reader(",", true, session.digest())) {
            reader.next();
            new EntityFileReader(session.problems()).read(movies, reader, new EntityFileReader.Layout(
                    List.of("movieId", "title", "genres"), 0, true, NONE, NONE, new int[] {1}, null),
                    session.documents(), session.documentFeatures(), this::genres);
        }
        TextSource ratingSource = TextSource.inspect(ratings, StandardCharsets.UTF_8);
        try (DelimitedReader reader = ratingSource.reader(",", true, session.digest())) {
            reader.next();
            new ClickLogReader(session).read(ratings, reader, InteractionColumns.basic(
                    List.of("userId", "movieId", "rating", "timestamp"), 0, 1, 2, 3, true), expectedRows(ratings, 26));
        }
    }

    /** The third field's {@code |}-separated genres; "(no genres listed)" means none. */
    private void genres(DelimitedReader reader, int movie) {
        for (String genre : reader.field(2).split("\\|")) {
            String name = genre.trim();
            if (!name.isEmpty() && !name.equals("(no genres listed)")) {
                session.documentFeatures().categoricalValue(0, movie, name);
            }
        }
    }

    private static FeatureTableBuilder movieFeatures() {
        return new FeatureTableBuilder(List.of("genre"), List.of(), List.of("title"));
    }

    private static FeatureTableBuilder userFeatures(boolean present) {
        return present ? new FeatureTableBuilder(List.of("gender", "occupation"), List.of("age"), List.of())
                : new FeatureTableBuilder(List.of(), List.of(), List.of());
    }

    private void entities(Path file, String delimiter, boolean quoting, EntityFileReader.Layout layout,
                          IdInterner ids, FeatureTableBuilder features,
                          EntityFileReader.RowHook hook) throws DataFormatException, IOException {
        TextSource source = TextSource.inspect(file, LATIN_1);
        try (DelimitedReader reader = source.reader(delimiter, quoting, session.digest())) {
            new EntityFileReader(session.problems()).read(file, reader, layout, ids, features, hook);
        }
    }

    private void ratings(Path file, String delimiter) throws DataFormatException, IOException {
        TextSource source = TextSource.inspect(file, LATIN_1);
        try (DelimitedReader reader = source.reader(delimiter, false, session.digest())) {
            new ClickLogReader(session).read(file, reader,
                    InteractionColumns.basic(RATING_NAMES, 0, 1, 2, 3, true), expectedRows(file, 22));
        }
    }

    private static int expectedRows(Path file, int bytesPerRow) throws IOException {
        return (int) Math.min(Integer.MAX_VALUE - 16, Files.size(file) / bytesPerRow + 16);
    }

    private static List<String> genres100k(Path genreFile) throws IOException {
        if (!Files.isRegularFile(genreFile)) {
            return GENRES_100K;
        }
        List<String> names = Files.readAllLines(genreFile, LATIN_1).stream().filter(line -> !line.isBlank())
                .map(line -> line.substring(0, Math.max(0, line.lastIndexOf('|')))).toList();
        return names.size() == GENRES_100K.size() ? names : GENRES_100K;
    }

    private static Path require(Path folder, String name, String layout) throws DataFormatException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw DataFormatException.ofFile(folder, "the " + layout + " file " + name + " is missing",
                    "Open the folder exactly as extracted from the MovieLens download");
        }
        return file;
    }
}
