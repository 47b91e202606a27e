-- Availability reads a restaurant's reservations by start time and status; callers find theirs by phone.
CREATE INDEX ix_reservation_restaurant_status_starts ON reservation (restaurant_id, status, starts_at);
CREATE INDEX ix_reservation_restaurant_phone_date ON reservation (restaurant_id, guest_phone, service_date);
