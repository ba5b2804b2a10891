-- A course's themes in their order, so that the flashcard queue finds the
-- next new card by walking the themes in order and stopping at the first
-- card it may show, instead of sorting every card of the course.
CREATE INDEX themes_course_position ON themes (course_id, position);
