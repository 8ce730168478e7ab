-- Three exercises of the library carried a dose in their instructions ("Hold 5 seconds; 8-10 repetitions"),
-- and the handout prints the instructions right under the dose the therapist prescribed: a patient read two
-- doses that disagree. The dose is the prescription's alone; the instructions say how to move, as the other
-- exercises' do.
update exercise
   set instructions = 'Sit on the floor with the legs straight and apart in a triangle; lean toward the toes. '
                      || 'The therapist sets the dose (the hold grows over the weeks).'
 where id = '00000000-0000-4000-a000-000000000001';
update exercise
   set instructions = 'Sit with one leg straight on a second chair and reach toward the toes; alternate legs '
                      || 'between sets. The therapist sets the dose.'
 where id = '00000000-0000-4000-a000-000000000002';
update exercise
   set instructions = 'Lie on the back, knees bent, palms down. Squeeze the glutes and lift the hips into a '
                      || 'straight line from knees to shoulders. The therapist sets the dose.'
 where id = '00000000-0000-4000-a000-000000000003';
