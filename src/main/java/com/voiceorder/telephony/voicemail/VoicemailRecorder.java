package com.voiceorder.telephony.voicemail;

import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.AudioClip;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.media.WavWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a call with a greeting, then records what the caller says into a G.711 WAV file until the
 * caller hangs up or the maximum length is reached (then we hang up). Audio heard while the greeting
 * plays is not recorded. Disk writes happen on the call's callback thread, never on media threads.
 */
public final class VoicemailRecorder {

    private static final Logger LOG = Logger.getLogger(VoicemailRecorder.class.getName());

    /** A finished recording. */
    public record Recording(Path file, G711 codec, long durationMillis, EndReason endReason) {
    }

    private final AudioClip greeting;
    private final Duration maxLength;

    public VoicemailRecorder(AudioClip greeting, Duration maxLength) {
        this.greeting = greeting;
        this.maxLength = maxLength;
    }

    /** Answers the offered call and records to {@code target}; completes when the call has ended. */
    public CompletionStage<Recording> record(IncomingCall call, Path target) {
        Session recording;
        try {
            recording = newSession(call.codec(), target);
        } catch (IOException e) {
            call.reject(500);
            return CompletableFuture.failedFuture(e);
        }
        recording.start(call.answer(recording));
        return recording.done;
    }

    /**
     * Takes over a call already answered by something else (e.g. an agent that failed): plays the
     * greeting on it, then records. The call's media must from now on be handed to the returned
     * takeover; it completes when the call has ended.
     */
    public Takeover takeOver(CallSession session, Path target) throws IOException {
        Session recording = newSession(session.codec(), target);
        session.outboundAudio().flush();
        recording.start(session);
        return recording;
    }

    /** A recording that took over an answered call: give it the call's media events. */
    public interface Takeover extends CallMedia {
        CompletionStage<Recording> recording();
    }

    private Session newSession(G711 codec, Path target) throws IOException {
        WavWriter writer = WavWriter.create(target, codec);
        long greetingMillis = greeting.in(codec).durationMillis();
        return new Session(writer, target, greeting.in(codec), greetingMillis,
                maxLength.toMillis() * G711.BYTES_PER_MILLISECOND);
    }

    private static final class Session implements Takeover {
        final CompletableFuture<Recording> done = new CompletableFuture<>();
        private final WavWriter writer;
        private final Path file;
        private final AudioClip greeting;
        private final long greetingMillis;
        private final long maxBytes;
        private volatile CallSession session;
        private long recordedBytes;
        private boolean full;

        /** Greeting and played totals are counted from where the call's audio stood at the start. */
        private long playedBefore;

        Session(WavWriter writer, Path file, AudioClip greeting, long greetingMillis, long maxBytes) {
            this.writer = writer;
            this.file = file;
            this.greeting = greeting;
            this.greetingMillis = greetingMillis;
            this.maxBytes = maxBytes;
        }

        void start(CallSession session) {
            OutboundAudio audio = session.outboundAudio();
            this.playedBefore = audio.playedMillis() + audio.droppedMillis();
            this.session = session;
            audio.write(greeting.asFrame());
        }

        @Override
        public CompletionStage<Recording> recording() {
            return done;
        }

        @Override
        public void onAudio(AudioFrame frame) {
            CallSession current = session;
            if (full || current == null || greetingPlaying(current.outboundAudio())) {
                return;
            }
            byte[] samples = frame.codec() == writer.codec() ? frame.payload()
                    : frame.codec().transcode(frame.payload(), writer.codec());
            int room = (int) Math.min(samples.length, maxBytes - recordedBytes);
            try {
                writer.write(room == samples.length ? samples : Arrays.copyOf(samples, room));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Voicemail recording failed", e);
                full = true;
                current.hangUp();
                return;
            }
            recordedBytes += room;
            if (recordedBytes >= maxBytes) {
                full = true;
                current.hangUp();
            }
        }

        /** Frames the pacer dropped because it ran late count as gone, or a busy host would never record. */
        private boolean greetingPlaying(OutboundAudio audio) {
            return audio.playedMillis() + audio.droppedMillis() - playedBefore < greetingMillis;
        }

        @Override
        public void ended(EndReason reason) {
            try {
                writer.close();
                done.complete(new Recording(file, writer.codec(), G711.millisOf((int) recordedBytes), reason));
            } catch (IOException e) {
                done.completeExceptionally(new UncheckedIOException(e));
            }
        }
    }
}
