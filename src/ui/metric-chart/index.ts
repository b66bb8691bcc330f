export { MetricChart, type MetricChartProps } from './MetricChart';
export { CapacityBar, type CapacityBarProps } from './CapacityBar';
export { alignSeries, type ChartSeries, type PointSeries } from './series';
export { formatValue, parseUnit, isMetricUnit, type MetricUnit } from './units';
export { MONITOR_PERIODS, DEFAULT_POINT_BUDGET, pointCount, choosePeriod, alignRange, pointTimes, type MonitorPeriod } from './period';
export { capacityShares } from './capacity';
export { SERIES_PALETTE, seriesColor } from './palette';
export { METRIC_CHART_LABELS, type MetricChartLabels, type MetricChartLocale } from './labels';
