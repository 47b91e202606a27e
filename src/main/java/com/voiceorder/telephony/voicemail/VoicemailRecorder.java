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
        WavWriter writer;
        try {
            writer = WavWriter.create(target, call.codec());
        } catch (IOException e) {
            call.reject(500);
            return CompletableFuture.failedFuture(e);
        }
        Session recording = new Session(writer, target, greeting.in(call.codec()).durationMillis(),
                maxLength.toMillis() * G711.BYTES_PER_MILLISECOND);
        CallSession session = call.answer(recording);
        recording.attach(session);
        session.outboundAudio().write(greeting.in(call.codec()).asFrame());
        return recording.done;
    }

    private static final class Session implements CallMedia {
        final CompletableFuture<Recording> done = new CompletableFuture<>();
        private final WavWriter writer;
        private final Path file;
        private final long greetingMillis;
        private final long maxBytes;
        private volatile CallSession session;
        private long recordedBytes;
        private boolean full;

        Session(WavWriter writer, Path file, long greetingMillis, long maxBytes) {
            this.writer = writer;
            this.file = file;
            this.greetingMillis = greetingMillis;
            this.maxBytes = maxBytes;
        }

        void attach(CallSession session) {
            this.session = session;
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
            return audio.playedMillis() + audio.droppedMillis() < greetingMillis;
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
