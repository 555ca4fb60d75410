//! Every UI text in English and German, side by side so a translator reviews one table.
//!
//! The macro makes [`Key`], its `ALL` list (for the completeness test) and the lookup from one
//! row per text; a key without both texts does not compile.

macro_rules! texts {
    ($($key:ident => $en:literal, $de:literal;)*) => {
        /// One UI text; see the table in this file for its English and German wording.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            #[cfg(test)]
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }

        /// (English, German) of `key`.
        pub(super) fn texts(key: Key) -> (&'static str, &'static str) {
            match key {
                $(Key::$key => ($en, $de),)*
            }
        }
    };
}

texts! {
    // Shell and shared words
    NavTimeline => "Timeline", "Zeitleiste";
    NavConnections => "Connections", "Verbindungen";
    NavSettings => "Settings", "Einstellungen";
    NavLabel => "Sections", "Bereiche";
    DemoData => "Demo data", "Demodaten";
    Loading => "Loading…", "Wird geladen…";
    Cancel => "Cancel", "Abbrechen";
    Delete => "Delete", "Löschen";
    Edit => "Edit", "Bearbeiten";
    Save => "Save", "Speichern";
    Add => "Add", "Hinzufügen";

    // Timeline toolbar and views
    Today => "Today", "Heute";
    TodayTitle => "Today (T)", "Heute (T)";
    TodayMark => "today", "heute";
    Day => "Day", "Tag";
    Week => "Week", "Woche";
    Month => "Month", "Monat";
    WeekNumber => "Week", "KW";
    PrevDay => "Previous day", "Vorheriger Tag";
    PrevWeek => "Previous week", "Vorherige Woche";
    PrevMonth => "Previous month", "Vorheriger Monat";
    NextDay => "Next day", "Nächster Tag";
    NextWeek => "Next week", "Nächste Woche";
    NextMonth => "Next month", "Nächster Monat";
    Clear => "Clear", "Leeren";
    Export => "Export:", "Exportieren:";
    TimesheetPdf => "Timesheet (PDF)", "Stundenzettel (PDF)";
    TimesheetCsv => "Timesheet (CSV)", "Stundenzettel (CSV)";
    AbsencesIcs => "Absences of the year (.ics)", "Abwesenheiten des Jahres (.ics)";
    SavedTo => "Saved to", "Gespeichert unter";
    ChooseDate => "Choose a date", "Datum wählen";
    ViewLabel => "View", "Ansicht";

    // Day figures, totals and legend
    Target => "Target", "Soll";
    Tracked => "Tracked", "Erfasst";
    Days => "days", "Tage";
    OneDay => "day", "Tag";
    AvailableToPlan => "available to plan", "verfügbar zur Planung";
    TimeOffBalances => "Time-off balances", "Urlaubskonten";
    BalanceSince => "Balance since", "Saldo seit";
    OfflineSince => "Offline — showing data from", "Offline — Daten vom";
    Balance => "Balance", "Saldo";
    BalanceSoFar => "Balance so far", "Saldo bisher";
    TotalsLabel => "Totals of the shown range", "Summen des gezeigten Zeitraums";
    OpenDay => "Open", "Öffnen:";
    Legend => "Legend", "Legende";
    Vacation => "Vacation", "Urlaub";
    Sick => "Sick", "Krank";
    Personal => "Personal", "Persönlich";
    Other => "Other", "Sonstiges";
    PublicHoliday => "Public holiday", "Feiertag";
    StatusPending => "pending", "offen";
    StatusRequested => "requested", "beantragt";
    StatusApproved => "approved", "genehmigt";
    StatusOther => "not approved", "nicht genehmigt";
    PendingLegend => "Pending (not yet off the target)", "Beantragt (noch nicht vom Soll abgezogen)";
    FromPersonio => "from Personio", "aus Personio";
    EnteredInStint => "entered in Stint", "in Stint erfasst";
    HalfDay => "half day", "halber Tag";

    // Day view
    ScheduledByWeeklyHours => "Scheduled by the weekly hours", "Laut Wochenstunden geplant";
    NoHoliday => "none", "keiner";
    NoAbsencesOnDay => "No absences on this day.", "Keine Abwesenheiten an diesem Tag.";
    Absence => "Absence", "Abwesenheit";
    Status => "Status", "Status";
    Source => "Source", "Quelle";
    OffTheTarget => "Off the target", "Vom Soll abgezogen";
    TimeEntries => "Time entries", "Zeiteinträge";
    LoadingEntries => "Loading entries…", "Einträge werden geladen…";
    NoTimeTracked => "No time tracked on this day.", "An diesem Tag keine Zeit erfasst.";
    DurationOnly => "duration", "Dauer";
    EntryStart => "Start", "Beginn";
    EntryEnd => "End", "Ende";
    OrDuration => "or duration", "oder Dauer";
    Note => "Note", "Notiz";
    NotePlaceholder => "What was it?", "Was war es?";
    AddEntry => "Add entry", "Eintrag hinzufügen";
    TimerRunning => "The timer is running", "Der Timer läuft";
    Taken => "taken", "genommen";
    Planned => "planned", "geplant";
    Available => "available", "verfügbar";
    WorkingTime => "Working time", "Arbeitszeit";
    WorkingTimeWarnings => "Working-time warnings", "Warnungen zur Arbeitszeit";
    WorkingTimeNote => "Working-time note", "Hinweis zur Arbeitszeit";

    // Where an entry lives and how it stands in Personio
    OnlyInStint => "Only in Stint", "Nur in Stint";
    InPersonio => "In Personio", "In Personio";
    InPersonioPending => "In Personio · pending", "In Personio · ausstehend";
    InPersonioConfirmed => "In Personio · confirmed", "In Personio · bestätigt";
    NotYetSent => "Not yet sent", "Noch nicht gesendet";
    RefusedByPersonio => "Refused by Personio", "Von Personio zurückgewiesen";
    RejectedInPersonio => "Rejected in Personio", "In Personio abgelehnt";
    ExpiredInPersonio => "Expired in Personio", "In Personio abgelaufen";
    ChangedInPersonio => "Changed in Personio", "In Personio geändert";
    UseMine => "Use mine", "Meine verwenden";
    KeepPersonios => "Keep Personio's", "Die aus Personio behalten";
    FromPersonioTurnOnRecording =>
        "From Personio — turn on “Record my time in Personio” to change it here",
        "Aus Personio — schalte „Meine Zeit in Personio erfassen“ ein, um den Eintrag hier zu ändern";

    // Timer bar
    TimerPlaceholder => "What are you working on?", "Woran arbeitest du gerade?";
    TimerStart => "Start", "Start";
    TimerPause => "Pause", "Pause";
    TimerResume => "Resume", "Fortsetzen";
    TimerStop => "Stop", "Stopp";
    Working => "Working", "Arbeit";
    Since => "since", "seit";
    LeaveAt => "Leave at", "Gehen um";
    LeaveAtHint =>
        "When today's target is reached, with the break the law still requires",
        "Wann das Tagessoll erreicht ist, mit der Pause, die das Gesetz noch verlangt";
    LatestEnd => "latest", "spätestens";
    LatestEndHint =>
        "When 10 hours of work are reached (ArbZG §3)",
        "Wann 10 Stunden Arbeit erreicht sind (ArbZG §3)";

    // The idle question (its sentence and the stop button are in `super::idle`)
    IdleTitle => "Welcome back", "Willkommen zurück";
    IdleKeep => "It was work — keep it", "Es war Arbeit — behalten";
    IdleSubtract => "It was a break — take it out", "Es war Pause — abziehen";
    Close => "Close", "Schließen";

    // Connections
    DisconnectQuestion => "Disconnect Personio?", "Personio trennen?";
    DisconnectExplained =>
        "Stint forgets the secret, the synced schedule, absences and sync history. Your own weekly hours and absences come back and can be edited again.",
        "Stint vergisst das Secret, den synchronisierten Arbeitszeitplan, die Abwesenheiten und den Synchronisationsverlauf. Deine eigenen Wochenstunden und Abwesenheiten kommen zurück und sind wieder bearbeitbar.";
    Disconnect => "Disconnect", "Trennen";
    ConnectPersonio => "Connect Personio", "Personio verbinden";
    ConnectIntro =>
        "Create an API credential in Personio (Settings → Integrations → API credentials) with read access to employees (incl. work schedule) and absences.",
        "Lege in Personio API-Zugangsdaten an (Einstellungen → Integrationen → API-Zugangsdaten) mit Lesezugriff auf Mitarbeiter (inkl. Arbeitszeitplan) und Abwesenheiten.";
    ClientId => "Client id", "Client-ID";
    ClientIdHint => "From the API credential.", "Aus den API-Zugangsdaten.";
    ClientSecret => "Client secret", "Client-Secret";
    ClientSecretHint => "Stored only in your system keyring.", "Wird nur im Schlüsselbund des Systems gespeichert.";
    Email => "Your email in Personio", "Deine E-Mail-Adresse in Personio";
    EmailHint => "Used to find your employee record.", "Damit wird dein Mitarbeiterdatensatz gefunden.";
    Advanced => "Advanced", "Erweitert";
    ApiAddress => "API address", "API-Adresse";
    ApiAddressHint =>
        "Leave empty for Personio. For the Stint sandbox: http://127.0.0.1:PORT",
        "Für Personio leer lassen. Für die Stint-Sandbox: http://127.0.0.1:PORT";
    Connecting => "Connecting…", "Wird verbunden…";
    Connect => "Connect", "Verbinden";
    NewToStint => "New to Stint?", "Neu bei Stint?";
    DemoIntro =>
        "Try it with a demo company: a full-time employee with a year of vacation, sick days, half days and an hour-based absence. Nothing leaves your computer, and disconnecting ends the demo.",
        "Probiere es mit einer Demofirma aus: eine Vollzeitkraft mit einem Jahr Urlaub, Krankheitstagen, halben Tagen und einer stundenweisen Abwesenheit. Nichts verlässt deinen Computer, und Trennen beendet die Demo.";
    TryDemo => "Try with demo data", "Mit Demodaten ausprobieren";
    Syncing => "Syncing…", "Wird synchronisiert…";
    Connected => "Connected", "Verbunden";
    Offline => "Offline — showing the last synced data", "Offline — zeigt die zuletzt synchronisierten Daten";
    LastSyncFailed => "Last sync failed", "Letzte Synchronisation fehlgeschlagen";
    Disconnected => "Disconnected", "Getrennt";
    DemoNote =>
        " Stint's built-in demo company, not your Personio. Disconnect to end the demo.",
        " Die eingebaute Demofirma von Stint, nicht dein Personio. Zum Beenden der Demo trennen.";
    LastSuccess => "Last successful sync", "Letzte erfolgreiche Synchronisation";
    Never => "never", "nie";
    NextSync => "Next planned sync", "Nächste geplante Synchronisation";
    AutoSyncOff => "automatic sync is off", "automatische Synchronisation ist aus";
    HoursAndAbsences => "Weekly hours and absences", "Wochenstunden und Abwesenheiten";
    PersonioAreas => "What this credential may do", "Was diese Zugangsdaten dürfen";
    AreaPersons => "Find you (v2)", "Dich finden (v2)";
    AreaAbsences => "Read absences (v2)", "Abwesenheiten lesen (v2)";
    AreaAttendancesRead => "Read attendances", "Anwesenheiten lesen";
    AreaAttendancesWrite => "Record attendances", "Anwesenheiten erfassen";
    AreaAvailable => "available", "verfügbar";
    AreaMissing => "missing", "fehlt";
    LockedNote => "Synced from Personio — disconnect to edit manually", "Aus Personio synchronisiert — zum manuellen Bearbeiten trennen";
    SyncNow => "Sync now", "Jetzt synchronisieren";
    SyncHistory => "Sync history", "Synchronisationsverlauf";
    NoSyncYet => "No sync yet.", "Noch keine Synchronisation.";
    When => "When", "Wann";
    Why => "Why", "Anlass";
    Took => "Took", "Dauer";
    AbsencesResult => "Absences / result", "Abwesenheiten / Ergebnis";
    TriggerConnect => "connect", "Verbinden";
    TriggerManual => "sync now", "Jetzt synchronisieren";
    TriggerAuto => "automatic", "automatisch";
    TriggerStart => "app start", "App-Start";
    ScheduleChanged => ", schedule changed", ", Arbeitszeitplan geändert";
    Failed => "failed", "fehlgeschlagen";
    RecordInPersonio => "Record my time in Personio", "Meine Zeit in Personio erfassen";
    RecordingExplained =>
        "Entries with a start and an end are sent to Personio as attendances; changes and deletions follow. Nothing is sent until you turn this on.",
        "Einträge mit Beginn und Ende werden als Anwesenheiten an Personio gesendet; Änderungen und Löschungen folgen. Nichts wird gesendet, bevor du das einschaltest.";
    SendMyEntries => "Send my entries to Personio", "Meine Einträge an Personio senden";
    SkipApproval => "Ask Personio to skip approval", "Personio bitten, die Genehmigung zu überspringen";
    SendNow => "Send now", "Jetzt senden";
    Sending => "Sending…", "Wird gesendet…";
    OfferWeek => "Send this week to Personio", "Diese Woche an Personio senden";
    PushCreated => "created", "angelegt";
    PushChanged => "changed", "geändert";
    PushDeleted => "deleted", "gelöscht";
    PushRefused => "refused", "zurückgewiesen";
    PushSkipped => "not sent", "nicht gesendet";
    PushWaiting => "waiting", "wartend";
    PushStopped => "Stopped", "Abgebrochen";

    // Settings
    SavedPrefix => "Saved", "Gespeichert";
    WeeklyHours => "Weekly hours", "Wochenstunden";
    SaveHours => "Save hours", "Stunden speichern";
    Absences => "Absences", "Abwesenheiten";
    NoOwnAbsences => "No absences of your own.", "Keine eigenen Abwesenheiten.";
    HalfBoth => "½ first and last day", "½ erster und letzter Tag";
    HalfFirst => "½ first day", "½ erster Tag";
    HalfLast => "½ last day", "½ letzter Tag";
    AbsenceTypePlaceholder => "Type, e.g. Urlaub", "Art, z. B. Urlaub";
    General => "General", "Allgemein";
    PublicHolidays => "Public holidays", "Feiertage";
    SyncWithPersonio => "Sync with Personio", "Synchronisation mit Personio";
    Language => "Language", "Sprache";
    NoPublicHolidays => "No public holidays", "Keine Feiertage";
    GermanyNationwide => "Germany (nationwide only)", "Deutschland (nur bundesweite)";
    IntervalOff => "Off", "Aus";
    Every15Minutes => "Every 15 minutes", "Alle 15 Minuten";
    EveryHour => "Every hour", "Stündlich";
    Every4Hours => "Every 4 hours", "Alle 4 Stunden";
    Daily => "Daily", "Täglich";
    WorkingTimeChecks => "Working-time checks", "Arbeitszeit prüfen";
    ChecksGermanLaw => "German law (ArbZG)", "Nach Arbeitszeitgesetz (ArbZG)";
    ChecksOff => "Off", "Aus";
    WorkingTimeChecksHint =>
        "Marks days whose breaks, hours or rest break the rules",
        "Markiert Tage, deren Pausen, Arbeitszeit oder Ruhezeit gegen die Regeln verstoßen";
    TimerNoteHint => "What the entry will say; Enter saves it", "Was im Eintrag stehen wird; Enter speichert";
    TimerDiscard => "Discard", "Verwerfen";
    TimerDiscardHint => "Throw the timer away without booking it", "Den Timer verwerfen, ohne ihn zu buchen";
    TimerDiscardTitle => "Discard the timer?", "Timer verwerfen?";
    TimerDiscardText =>
        "Its time is not booked. Add it by hand later if you need it.",
        "Die Zeit wird nicht gebucht. Bei Bedarf später von Hand eintragen.";
    ErrAuthenticationFailed =>
        "Personio refused the client id or secret: check both in Personio (Settings → Integrations → API credentials).",
        "Personio hat Client-ID oder Secret abgelehnt: bitte beide in Personio prüfen (Einstellungen → Integrationen → API-Zugangsdaten).";
    ErrEmployeeNotFound =>
        "No Personio employee has this email address.",
        "In Personio gibt es keine Mitarbeitende mit dieser E-Mail-Adresse.";
    ErrRateLimited =>
        "Personio asked Stint to slow down; it tries again shortly.",
        "Personio bittet um eine Pause; Stint versucht es gleich noch einmal.";
    ErrOffline =>
        "Personio cannot be reached: check the network connection.",
        "Personio ist nicht erreichbar: bitte die Netzwerkverbindung prüfen.";
    ErrNotConnected => "Personio is not connected.", "Personio ist nicht verbunden.";
    ErrSyncInProgress => "A sync is already running.", "Eine Synchronisation läuft bereits.";
    ErrKeyring =>
        "The system keyring did not answer: unlock it and try again.",
        "Der Schlüsselbund des Systems antwortet nicht: bitte entsperren und erneut versuchen.";
    ErrInvalidInput => "Please check the input", "Bitte Eingabe prüfen";
    ErrMissingPermission => "Missing permission in Personio", "Fehlende Berechtigung in Personio";
    ErrUnexpectedResponse => "Unexpected answer from Personio", "Unerwartete Antwort von Personio";
    ErrInternal => "Stint could not do this", "Stint konnte das nicht ausführen";
    DurationEmpty => "is empty: give hours such as 7:42, 7.7 or 45m", "ist leer: bitte Stunden wie 7:42, 7,7 oder 45m angeben";
    DurationInvalid => "is not a duration (e.g. 7:42, 7.7 hours or 45m)", "ist keine Dauer (z. B. 7:42, 7,7 Stunden oder 45m)";
    DurationNotWhole => "is not a whole number of minutes (e.g. 7:42 or 7.7)", "ist keine ganze Minutenzahl (z. B. 7:42 oder 7,7)";
    DurationNegative => "cannot be negative", "darf nicht negativ sein";
    HoursRange => "a day has 0 to 24 hours", "ein Tag hat 0 bis 24 Stunden";
    ChooseFirstDate => "Choose the first day of the absence", "Der erste Tag der Abwesenheit fehlt";
    ChooseLastDate => "Choose the last day of the absence", "Der letzte Tag der Abwesenheit fehlt";
    NotDueYet => "Not due yet", "Noch nicht fällig";
    Theme => "Theme", "Farbschema";
    ThemeSystem => "Like the system", "Wie das System";
    ThemeLight => "Light", "Hell";
    ThemeDark => "Dark", "Dunkel";
    WeekStartsOn => "Week starts on", "Woche beginnt am";
    RunningBalanceHeading => "Running balance", "Laufender Saldo";
    BalanceStart => "Counting from", "Zählt ab";
    BalanceStartDefault => "1 January of this year", "1. Januar dieses Jahres";
    BalanceStartHint => "Empty: 1 January of this year", "Leer: 1. Januar dieses Jahres";
    CarryOver => "Carried over", "Übertrag";
    CarryOverHint => "Hours to start with, e.g. -3:30 or 12.5", "Stunden zum Start, z. B. -3:30 oder 12,5";
    InclCarryOver => "incl. carry-over", "inkl. Übertrag";
    Notifications => "Notifications", "Benachrichtigungen";
    NotificationsHint =>
        "Shown on the desktop, each at most once a day; a failing sync once until syncing works again.",
        "Auf dem Desktop angezeigt, jede höchstens einmal am Tag; eine fehlschlagende Synchronisation einmal, bis sie wieder klappt.";
    NotifyTarget => "Today's target is reached", "Das Tagessoll ist erreicht";
    NotifyBreak => "A break is due in 15 minutes", "In 15 Minuten ist eine Pause fällig";
    Notify10h => "10 hours of work are reached", "10 Stunden Arbeit sind erreicht";
    NotifyForgotten => "The timer looks forgotten", "Der Timer scheint vergessen";
    NotifySync => "Syncing with Personio fails", "Die Synchronisation mit Personio schlägt fehl";
    Window => "Window", "Fenster";
    CloseToTray => "Close to tray", "In den Infobereich schließen";
    CloseToTrayHint =>
        "Closing the window keeps Stint running in the tray",
        "Das Fenster zu schließen lässt Stint im Infobereich weiterlaufen";
    Timer => "Timer", "Timer";
    StartAtLogin => "Start Stint when I log in", "Stint beim Anmelden starten";
    IdleAfter => "Ask about idle time after", "Bei Leerlauf nachfragen nach";
    IdleOff => "Off", "Aus";
    IdleHint =>
        "While the timer runs and the computer is not used this long, Stint asks on your return whether it was work",
        "Läuft der Timer und wird der Computer so lange nicht benutzt, fragt Stint bei deiner Rückkehr, ob das Arbeit war";
    TimerShortcut => "Global shortcut for the timer", "Globales Tastenkürzel für den Timer";
    TimerShortcutOff => "Empty or off: no shortcut", "Leer oder off: kein Tastenkürzel";
    TimerShortcutOn =>
        "Starts, pauses and resumes the timer from anywhere:",
        "Startet, pausiert und setzt den Timer von überall fort:";

    // About
    AboutStint => "About Stint", "Über Stint";
    AboutTagline =>
        "A time-tracking companion for people whose hours live in Personio.",
        "Ein Begleiter für die Zeiterfassung, wenn die Arbeitszeiten in Personio stehen.";
    Version => "Version", "Version";
    DataFolder => "Data folder", "Datenordner";
    System => "System", "System";
}
