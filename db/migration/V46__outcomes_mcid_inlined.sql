-- outcome_improved_by_mcid (V35) was declared STRICT. PostgreSQL inlines a SQL function into
-- the calling query only when the body is itself provably strict, which a CASE is not, so every
-- row of a report paid a full function call (about 2 µs; half the outcomes report's time went
-- there on the benchmark's data). Same rule, same answers: without STRICT a NULL argument still
-- gives NULL, because every branch compares or subtracts the arguments. The planner now
-- substitutes the CASE where the function is called.
create or replace function outcome_improved_by_mcid(instrument text, baseline numeric, latest numeric)
    returns boolean
    language sql immutable parallel safe
return case instrument
    when 'NPRS' then baseline - latest >= 2 or (baseline > 0 and (baseline - latest) * 10 >= baseline * 3)
    when 'ODI'  then baseline - latest >= 10 or (baseline > 0 and (baseline - latest) * 10 >= baseline * 3)
    when 'PSFS' then latest - baseline >= 2
    when 'RMDQ' then baseline - latest >= 5 or (baseline > 0 and (baseline - latest) * 10 >= baseline * 3)
end;
