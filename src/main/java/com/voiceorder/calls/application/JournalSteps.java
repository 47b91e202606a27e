package com.voiceorder.calls.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The journal updates of one call, run one after the other on the (managed) executor. */
final class JournalSteps {

    private static final Logger LOG = Logger.getLogger(JournalSteps.class.getName());

    private final CallJournal journal;
    private final Executor executor;
    private final Long callId;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    JournalSteps(CallJournal journal, Executor executor, Long callId) {
        this.journal = journal;
        this.executor = executor;
        this.callId = callId;
    }

    synchronized void then(Consumer<CallJournal> step) {
        tail = tail.thenRunAsync(() -> {
            try {
                step.accept(journal);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call record " + callId + " could not be updated", e);
            }
        }, executor).exceptionally(failure -> {
            LOG.log(Level.WARNING, "Call record " + callId + " update not run", failure);
            return null;
        });
    }
}
