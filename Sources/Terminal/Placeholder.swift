import CNcurses
public enum TerminalPlaceholder {}
