import * as echarts from 'echarts';

/**
 * <tandem-echart>: an Apache ECharts chart driven from Java (dev.tandem.admin.chart.EChart).
 *
 * The option arrives as JSON text in the `option` property; the chart follows the size of its element and reports
 * clicks on data items as `chart-click` events.
 */
class TandemEChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionJson = '';

  get option(): string {
    return this.optionJson;
  }

  set option(json: string) {
    this.optionJson = json ?? '';
    this.render();
  }

  connectedCallback() {
    // Flow may set `option` before this class is defined; that value then sits on the instance and hides the
    // accessor. Move it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const early = (this as unknown as { option: string }).option;
      delete (this as unknown as { option?: string }).option;
      this.optionJson = early ?? '';
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.setAttribute('role', 'img');
    this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
    this.chart.on('click', (params) => this.dispatchClick(params));
    // Resize with the container (side navigation toggles, window resizes, split layouts).
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render() {
    if (!this.chart || !this.optionJson) {
      return;
    }
    try {
      this.chart.setOption({ ...TandemEChart.defaults(), ...JSON.parse(this.optionJson) }, true);
    } catch (error) {
      console.error('tandem-echart: the option is not valid JSON', error);
    }
  }

  private dispatchClick(params: echarts.ECElementEvent) {
    this.dispatchEvent(
      new CustomEvent('chart-click', {
        detail: {
          seriesIndex: params.seriesIndex ?? -1,
          seriesName: params.seriesName ?? '',
          dataIndex: params.dataIndex ?? -1,
          name: params.name ?? '',
          value: JSON.stringify(params.value ?? null),
        },
      })
    );
  }

  /** The calm Tandem palette, so charts match the Lumo theme without every caller repeating it. */
  private static defaults() {
    const css = getComputedStyle(document.documentElement);
    const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    return {
      color: ['#3b6e8f', '#5c9c8a', '#d19a4e', '#8a6fb0', '#c0676b', '#6b8fb5', '#9aa65b'],
      textStyle: { fontFamily: token('--lumo-font-family', 'sans-serif') },
      backgroundColor: 'transparent',
      animationDuration: 400,
    };
  }
}

if (!customElements.get('tandem-echart')) {
  customElements.define('tandem-echart', TandemEChart);
}
