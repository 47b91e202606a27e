package com.voiceorder.telephony.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends the JAIN-SIP RI's own log to java.util.logging (logger {@code gov.nist.javax.sip}) instead of log4j. */
public final class JulStackLogger implements StackLogger {

    private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip");

    @Override
    public void logStackTrace() {
        // stack traces of the RI's debug mode are not forwarded
    }

    @Override
    public void logStackTrace(int traceLevel) {
        // see logStackTrace()
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable exception) {
        LOG.log(Level.FINE, "JAIN-SIP exception", exception);
    }

    @Override
    public void logDebug(String message) {
        LOG.finer(message);
    }

    @Override
    public void logDebug(String message, Exception exception) {
        LOG.log(Level.FINER, message, exception);
    }

    @Override
    public void logTrace(String message) {
        LOG.finest(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.severe(message);
    }

    @Override
    public void logError(String message) {
        LOG.warning(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return LOG.isLoggable(toJul(logLevel));
    }

    @Override
    public void logError(String message, Exception exception) {
        LOG.log(Level.WARNING, message, exception);
    }

    @Override
    public void logWarning(String message) {
        LOG.fine(message); // start-up notes (TLS defaults) and peer mistakes; not our failures
    }

    @Override
    public void logInfo(String message) {
        LOG.fine(message);
    }

    @Override
    public void disableLogging() {
        // level is governed by java.util.logging configuration
    }

    @Override
    public void enableLogging() {
        // level is governed by java.util.logging configuration
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // not logged
    }

    @Override
    public void setStackProperties(Properties properties) {
        // nothing to configure
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }

    private static Level toJul(int logLevel) {
        return switch (logLevel) {
            case TRACE_FATAL, TRACE_ERROR -> Level.WARNING;
            case TRACE_WARN -> Level.FINE;
            case TRACE_INFO -> Level.FINE;
            case TRACE_DEBUG -> Level.FINER;
            case TRACE_NONE -> Level.OFF;
            default -> Level.FINEST;
        };
    }
}
