package com.voiceorder.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavAndG711Test {

    @TempDir
    Path dir;

    @Test
    void a_written_alaw_wav_reads_back_unchanged_with_format_tag_6() throws IOException {
        byte[] samples = new byte[1601]; // odd: exercises the RIFF pad byte
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (i * 7);
        }
        Path file = dir.resolve("message.wav");
        try (WavWriter writer = WavWriter.create(file, G711.PCMA)) {
            writer.write(AudioFrame.of(G711.PCMA, java.util.Arrays.copyOf(samples, 1000)));
            writer.write(java.util.Arrays.copyOfRange(samples, 1000, samples.length));
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getShort(20)).isEqualTo((short) 6);
        assertThat(header.getInt(24)).isEqualTo(8000);
        assertThat(header.getInt(4)).isEqualTo(bytes.length - 8);

        AudioClip clip = WavReader.read(file);
        assertThat(clip.codec()).isEqualTo(G711.PCMA);
        assertThat(clip.samples()).isEqualTo(samples);
        assertThat(clip.durationMillis()).isEqualTo(200);
    }

    @Test
    void a_mulaw_wav_has_format_tag_7_and_pcm_wavs_are_refused() throws IOException {
        Path file = dir.resolve("greeting.wav");
        try (WavWriter writer = WavWriter.create(file, G711.PCMU)) {
            writer.write(new byte[160]);
        }
        assertThat(WavReader.read(file).codec()).isEqualTo(G711.PCMU);
        byte[] pcm = Files.readAllBytes(file);
        pcm[20] = 1;
        assertThatThrownBy(() -> WavReader.read(pcm)).isInstanceOf(IOException.class).hasMessageContaining("tag 1");
    }

    @Test
    void g711_laws_encode_decode_and_transcode_within_quantisation_error() {
        for (G711 law : G711.values()) {
            for (short sample : new short[] {0, 100, -100, 1000, -1000, 12000, -32000}) {
                short back = law.decode(law.encode(sample));
                assertThat(Math.abs(back - sample)).isLessThanOrEqualTo(Math.max(16, Math.abs(sample) / 16));
            }
        }
        assertThat(G711.PCMA.decode(G711.PCMA.silence())).isBetween((short) -8, (short) 8);
        assertThat(G711.PCMU.decode(G711.PCMU.silence())).isZero();
        byte[] alaw = {G711.PCMA.encode((short) 5000)};
        assertThat(G711.PCMU.decode(G711.PCMA.transcode(alaw, G711.PCMU)[0])).isBetween((short) 4700, (short) 5300);
    }
}
