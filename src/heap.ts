// The service's memory: V8 grows the heap of a busy server well past what it keeps alive (heap total
// 170 MB for 35-45 MB live after a minute of load at 100k articles). HEAP_POLICY=size (the default)
// sets --optimize-for-size: it collects before growing, holding about 200 MB instead of about 300,
// for about a third less throughput (more time in the garbage collector). HEAP_POLICY=speed leaves
// V8's defaults. Set here rather than on node's command line, which the extraction worker threads
// inherit and refuse. Import first.
import v8 from 'node:v8';

if ((process.env.HEAP_POLICY ?? 'size') !== 'speed') v8.setFlagsFromString('--optimize-for-size');
