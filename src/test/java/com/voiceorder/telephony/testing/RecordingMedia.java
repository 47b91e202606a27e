package com.voiceorder.telephony.testing;

import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A CallMedia that records everything it is given. */
public final class RecordingMedia implements CallMedia {

    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private final List<DtmfDigit> digits = new CopyOnWriteArrayList<>();
    private final List<EndReason> endings = new CopyOnWriteArrayList<>();

    @Override
    public void onAudio(AudioFrame frame) {
        synchronized (audio) {
            audio.writeBytes(frame.payload());
        }
    }

    @Override
    public void onDtmf(DtmfDigit digit) {
        digits.add(digit);
    }

    @Override
    public void ended(EndReason reason) {
        endings.add(reason);
    }

    public byte[] audio() {
        synchronized (audio) {
            return audio.toByteArray();
        }
    }

    public List<DtmfDigit> digits() {
        return List.copyOf(digits);
    }

    public List<EndReason> endings() {
        return List.copyOf(endings);
    }
}
