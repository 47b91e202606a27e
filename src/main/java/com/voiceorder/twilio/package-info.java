/**
 * Twilio as a telephony entry, like SIP: webhook signature checks ({@link com.voiceorder.twilio.TwilioSignature}),
 * the TwiML that connects a call to our Media Streams endpoint ({@link com.voiceorder.twilio.ConnectStreamTwiml}),
 * one-time stream tokens ({@link com.voiceorder.twilio.StreamTokens}) and the Media Streams WebSocket messages
 * ({@link com.voiceorder.twilio.MediaStreamMessages}). No business words: {@code calls} bridges a stream to the agent.
 */
package com.voiceorder.twilio;
