import Canvas
public enum DashboardPlaceholder {}
