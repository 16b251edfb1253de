import { Module } from '@nestjs/common';
import { RubricsResolver } from './rubrics.resolver';
import { RubricsService } from './rubrics.service';

@Module({ providers: [RubricsService, RubricsResolver], exports: [RubricsService] })
export class RubricsModule {}
