-- Task list pages are cached under task_generation with their agencies' names: a renamed agency moves it too.
create constraint trigger agency_task_generation after insert or update or delete on agency
    deferrable initially deferred for each row execute function bump_task_generation();
