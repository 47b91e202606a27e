package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageRepository;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recorded audio of a restaurant's voicemails, read from the data directory. A message of
 * another restaurant is not found; a path leaving the data directory or a missing file is no recording.
 */
@ApplicationScoped
@Transactional
public class VoicemailRecordings {

    /** A WAV file ready to stream. */
    public record Recording(String fileName, Path file, long sizeBytes) {

        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    private MessageRepository messages;
    private Path dataDir;

    @Inject
    public VoicemailRecordings(MessageRepository messages,
                               @ConfigProperty(name = "voiceorder.data.dir", defaultValue = "./data") String dataDir) {
        this.messages = messages;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    protected VoicemailRecordings() {
    }

    public Optional<Recording> find(Long restaurantId, Long messageId) {
        Message message = messages.find(restaurantId, messageId).orElseThrow(() -> new NotFoundException("Message", messageId));
        if (message.getAudioPath() == null) {
            return Optional.empty();
        }
        Path file = dataDir.resolve(message.getAudioPath()).normalize();
        if (!file.startsWith(dataDir) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Recording("voicemail-" + messageId + ".wav", file, Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
