package com.voiceorder.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One read of a restaurant's board shared by all its open screens: when an update reaches twenty
 * boards at once, the first one reads the database and the others take that board, as long as the
 * read started after the update was published (so it contains the change). Thread-safe.
 */
@ApplicationScoped
public class SharedServiceBoards {

    /** The latest read of a restaurant's board, possibly still running. */
    private record Read(long startedNanos, CompletableFuture<ServiceBoard> board) {
    }

    private final Map<Long, Read> latest = new ConcurrentHashMap<>();
    private ServiceBoardSource source;

    @Inject
    public SharedServiceBoards(ServiceBoardSource source) {
        this.source = source;
    }

    /** For CDI proxies. */
    protected SharedServiceBoards() {
    }

    /** The restaurant's board from a read started at or after {@code notBeforeNanos} ({@link System#nanoTime()}). */
    public ServiceBoard today(long restaurantId, long notBeforeNanos) {
        while (true) {
            Read current = latest.get(restaurantId);
            if (current != null && current.startedNanos() - notBeforeNanos >= 0) {
                try {
                    return current.board().join();
                } catch (CompletionException failedForAll) {
                    latest.remove(restaurantId, current);
                    continue;
                }
            }
            Read mine = new Read(System.nanoTime(), new CompletableFuture<>());
            boolean claimed = current == null ? latest.putIfAbsent(restaurantId, mine) == null
                    : latest.replace(restaurantId, current, mine);
            if (claimed) {
                return read(restaurantId, mine);
            }
        }
    }

    /** A board read now, for a screen that needs the present (opening, the periodic redraw, its own click). */
    public ServiceBoard today(long restaurantId) {
        return today(restaurantId, System.nanoTime());
    }

    private ServiceBoard read(long restaurantId, Read mine) {
        try {
            ServiceBoard board = source.today(restaurantId);
            mine.board().complete(board);
            return board;
        } catch (RuntimeException e) {
            latest.remove(restaurantId, mine);
            mine.board().completeExceptionally(e);
            throw e;
        }
    }
}
